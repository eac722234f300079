output "user_data" {
  description = "Cloud-config per node, node name -> user data string starting with `#cloud-config`. Contains the join token."
  sensitive   = true
  value       = { for n, config in local.cloud_config : n => "#cloud-config\n${yamlencode(config)}" }

  precondition {
    condition     = length(setsubtract(keys(var.node_addresses), var.node_names)) == 0
    error_message = "node_addresses: every key must be one of node_names; unknown: ${join(", ", setsubtract(keys(var.node_addresses), var.node_names))}."
  }
}

output "network_config" {
  description = "Cloud-init network config v2 (YAML) per node, node name -> string for nodes with a static address, null for DHCP nodes."
  sensitive   = true
  value       = { for n in var.node_names : n => lookup(local.network_config, n, null) }
}

output "node_names" {
  description = "Names of the rendered nodes (the input, for chaining)."
  value       = var.node_names
}

output "kubeadm_api_version" {
  description = "apiVersion of the kubeadm JoinConfiguration written when labels or taints are set (`kubeadm.k8s.io/v1beta4` from Kubernetes 1.31, `kubeadm.k8s.io/v1beta3` before)."
  value       = local.kubeadm_api_version
}

output "uses_join_configuration" {
  description = "Whether the nodes join through a kubeadm JoinConfiguration file (true when labels or taints are set)."
  value       = local.use_join_configuration
}
