output "nodes" {
  description = "Nodes by name: `id` (VM id) and `ip_addresses` (the addresses Cloud Director knows for the NIC: static, pool or DHCP-reported)."
  value = {
    for n, vm in vcd_vapp_vm.this : n => {
      id           = vm.id
      ip_addresses = tolist(var.static_ipv4 == null ? [for nic in vm.network : nic.ip if nic.ip != null && nic.ip != ""] : [local.node_ipv4[n]])
    }
  }
}

output "node_names" {
  description = "Names of the nodes (also their hostnames and Kubernetes node names), lowest index first."
  value       = local.node_names
}

output "vapp_name" {
  description = "Name of the vApp holding the nodes."
  value       = vcd_vapp.this.name
}
