# Three bare-metal worker nodes for TenantControlPlane tcp-alpha from MAAS pool "kamaji".
terraform {
  required_version = ">= 1.5.0"

  required_providers {
    maas = {
      source  = "canonical/maas"
      version = ">= 1.3.1, < 3.0.0"
    }
  }
}

# Credentials from MAAS_API_URL and MAAS_API_KEY.
provider "maas" {
  api_version = "2.0"
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

# Everything the providers share: node names, addresses, validation, cloud-init.
module "pool" {
  source = "../../../pool"

  control_plane      = "tcp-alpha"
  pool_name          = "metal"
  replicas           = 3
  cpus               = 8
  memory_mib         = 16384
  kubernetes_version = "v1.31.4"
  join_url           = "10.0.0.100:6443"
  join_token         = var.join_token
  join_ca_cert_hash  = var.join_ca_cert_hash

  static_ipv4 = {
    first_address = "10.0.0.50"
    last_address  = "10.0.0.59"
    prefix_length = 24
    gateway       = "10.0.0.1"
  }
}

# The machines: commissioned MAAS machines, deployed.
module "node_pool" {
  source = "../../"

  pool      = module.pool.pool
  machines  = module.pool.machines
  user_data = module.pool.user_data

  maas = {
    pool           = "kamaji"
    tags           = ["worker"]
    distro_series  = "noble"
    subnet_cidr    = "10.0.0.0/24"
    interface_name = "eno1"
  }
}

output "nodes" {
  description = "Node ids and addresses."
  value       = module.node_pool.nodes
}
