output "nodes" {
  description = "Nodes by name: `id` (VM id) and `ip_addresses` (the static address, or the IPv4 addresses the QEMU guest agent reports; empty without the agent)."
  value = {
    for n, vm in proxmox_virtual_environment_vm.this : n => {
      id           = vm.id
      ip_addresses = tolist(var.machines[n].ipv4 == null ? [for ip in flatten(vm.ipv4_addresses) : ip if !startswith(ip, "127.")] : [var.machines[n].ipv4.address])
    }
  }
}
