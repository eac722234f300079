# The machines and cloud-config of two nodes; feed them to a provider module (../vsphere, ...) or any VM resource.
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

module "pool" {
  source = "../../"

  control_plane      = "tcp-alpha"
  pool_name          = "default"
  replicas           = 2
  join_url           = "10.0.0.100:6443"
  join_token         = var.join_token
  join_ca_cert_hash  = var.join_ca_cert_hash
  kubernetes_version = "v1.31.4"

  node_labels = { "example.com/pool" = "default" }
  node_taints = [{ key = "example.com/dedicated", value = "infra", effect = "NoSchedule" }]

  static_ipv4 = {
    first_address = "10.0.0.10"
    last_address  = "10.0.0.19"
    prefix_length = 24
    gateway       = "10.0.0.1"
  }
  nameservers = ["10.0.0.2"]
}

output "machines" {
  description = "What a provider module needs per node."
  value       = module.pool.machines
}

output "user_data" {
  description = "Cloud-config per node."
  value       = module.pool.user_data
  sensitive   = true
}
