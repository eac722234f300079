output "nodes" {
  description = "Nodes by name: `id` (MAAS system id) and `ip_addresses` (the addresses MAAS reports for the deployed machine)."
  value = {
    for n, machine in maas_instance.this : n => {
      id           = machine.id
      ip_addresses = var.static_ipv4 == null ? tolist(machine.ip_addresses) : tolist([local.node_ipv4[n]])
    }
  }
}

output "node_names" {
  description = "Names of the nodes (their hostnames and Kubernetes node names; MAAS keeps its own machine hostnames), lowest index first."
  value       = local.node_names
}
