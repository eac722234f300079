output "nodes" {
  description = "Nodes by name: `id` (MAAS system id) and `ip_addresses` (the addresses MAAS reports for the deployed machine)."
  value = {
    for n, machine in maas_instance.this : n => {
      id           = machine.id
      ip_addresses = var.machines[n].ipv4 == null ? tolist(machine.ip_addresses) : tolist([var.machines[n].ipv4.address])
    }
  }
}
