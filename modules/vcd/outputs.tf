output "nodes" {
  description = "Nodes by name: `id` (VM id) and `ip_addresses` (the addresses Cloud Director knows for the NIC: static, pool or DHCP-reported)."
  value = {
    for n, vm in vcd_vapp_vm.this : n => {
      id           = vm.id
      ip_addresses = tolist(var.machines[n].ipv4 == null ? [for nic in vm.network : nic.ip if nic.ip != null && nic.ip != ""] : [var.machines[n].ipv4.address])
    }
  }
}

output "vapp_name" {
  description = "Name of the vApp holding the nodes."
  value       = vcd_vapp.this.name
}
