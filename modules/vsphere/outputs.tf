output "nodes" {
  description = "Nodes by name: `id` (VM UUID) and `ip_addresses` (the static address, or what VMware Tools reports)."
  value = {
    for n, vm in vsphere_virtual_machine.this : n => {
      id           = vm.id
      ip_addresses = tolist(var.machines[n].ipv4 == null ? vm.guest_ip_addresses : [var.machines[n].ipv4.address])
    }
  }
}
