output "nodes" {
  description = "Nodes by name: `id` (VM UUID) and `ip_addresses` (the static address, or what VMware Tools reports)."
  value = {
    for n, vm in vsphere_virtual_machine.this : n => {
      id           = vm.id
      ip_addresses = tolist(var.static_ipv4 == null ? vm.guest_ip_addresses : [local.node_ipv4[n]])
    }
  }
}

output "node_names" {
  description = "Names of the nodes (also their hostnames and Kubernetes node names), lowest index first."
  value       = local.node_names
}
