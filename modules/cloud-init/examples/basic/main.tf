# Renders the cloud-config of two nodes; feed `user_data` to any VM resource.
terraform {
  required_version = ">= 1.5.0"
}

variable "join_token" {
  description = "Bootstrap token from `kubeadm token create --print-join-command`."
  type        = string
  sensitive   = true
}

variable "join_ca_cert_hash" {
  description = "CA pin from `kubeadm token create --print-join-command`."
  type        = string
  sensitive   = true
}

module "cloud_init" {
  source = "../../"

  node_names         = ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01"]
  join_url           = "10.0.0.100:6443"
  join_token         = var.join_token
  join_ca_cert_hash  = var.join_ca_cert_hash
  kubernetes_version = "v1.31.4"

  node_labels = { "example.com/pool" = "default" }
  node_taints = [{ key = "example.com/dedicated", value = "infra", effect = "NoSchedule" }]

  node_addresses = {
    "tcp-alpha-default-node-00" = "10.0.0.10/24"
    "tcp-alpha-default-node-01" = "10.0.0.11/24"
  }
  gateway     = "10.0.0.1"
  nameservers = ["10.0.0.2"]
}

output "user_data" {
  description = "Cloud-config per node."
  value       = module.cloud_init.user_data
  sensitive   = true
}

output "network_config" {
  description = "Network config v2 per node."
  value       = module.cloud_init.network_config
  sensitive   = true
}
