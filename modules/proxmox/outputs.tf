output "nodes" {
  description = "Nodes by name: `id` (VM id) and `ip_addresses` (the static address, or the IPv4 addresses the QEMU guest agent reports; empty without the agent)."
  value = {
    for n, vm in proxmox_virtual_environment_vm.this : n => {
      id           = vm.id
      ip_addresses = tolist(var.static_ipv4 == null ? [for ip in flatten(vm.ipv4_addresses) : ip if !startswith(ip, "127.")] : [local.node_ipv4[n]])
    }
  }
}

output "node_names" {
  description = "Names of the nodes (also their hostnames and Kubernetes node names), lowest index first."
  value       = local.node_names
}
