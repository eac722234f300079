output "machines" {
  description = "What a provider module needs to create each node, node name -> `index` (0 for `node-00`), `fqdn`, `cpus`, `memory_mib`, `disk_gib`, `ipv4` (`address`, `prefix_length`, `gateway`; null for DHCP), `nameservers`, `search_domains` and `network_config` (cloud-init network config v2 YAML for a static address, else null). Pass it with `user_data` to the vsphere, vcd, proxmox or maas module."
  value       = local.machines

  precondition {
    condition     = alltrue([for n in local.node_names : length(n) <= 63])
    error_message = "Node names allow 63 characters (they are hostnames): ${join(", ", [for n in local.node_names : "\"${n}\" has ${length(n)}" if length(n) > 63])}. Shorten control_plane or pool_name."
  }

  precondition {
    condition     = var.static_ipv4 == null || var.replicas <= local.static_capacity
    error_message = "static_ipv4: the range ${try(var.static_ipv4.first_address, "")}-${try(var.static_ipv4.last_address, "")} holds ${local.static_capacity} addresses but replicas is ${var.replicas}."
  }
}

output "user_data" {
  description = "Cloud-config per node, node name -> user data string starting with `#cloud-config`. Contains the join token."
  sensitive   = true
  value       = { for n, config in local.cloud_config : n => "#cloud-config\n${yamlencode(config)}" }
}

output "node_names" {
  description = "Names of the nodes (also their hostnames and Kubernetes node names), lowest index first."
  value       = local.node_names
}

output "pool" {
  description = "`control_plane` and `name` of the pool, for the provider module's descriptions and names."
  value       = { control_plane = var.control_plane, name = var.pool_name }
}

output "kubeadm_api_version" {
  description = "apiVersion of the kubeadm JoinConfiguration written when labels or taints are set (`kubeadm.k8s.io/v1beta4` from Kubernetes 1.31, `kubeadm.k8s.io/v1beta3` before)."
  value       = local.kubeadm_api_version
}

output "uses_join_configuration" {
  description = "Whether the nodes join through a kubeadm JoinConfiguration file (true when labels or taints are set)."
  value       = local.use_join_configuration
}
