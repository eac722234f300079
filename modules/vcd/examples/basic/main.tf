# Three worker nodes for TenantControlPlane tcp-alpha in their own vApp.
terraform {
  required_version = ">= 1.5.0"

  required_providers {
    vcd = {
      source  = "vmware/vcd"
      version = ">= 3.14.0, < 4.0.0"
    }
  }
}

# Credentials from VCD_URL, VCD_USER, VCD_PASSWORD (or VCD_API_TOKEN), VCD_ORG and VCD_VDC.
provider "vcd" {}

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
  pool_name          = "default"
  replicas           = 3
  kubernetes_version = "v1.31.4"
  join_url           = "10.0.0.100:6443"
  join_token         = var.join_token
  join_ca_cert_hash  = var.join_ca_cert_hash
}

# The machines: VMs in a Cloud Director vApp.
module "node_pool" {
  source = "../../"

  pool      = module.pool.pool
  machines  = module.pool.machines
  user_data = module.pool.user_data

  vcd = {
    catalog  = "kamaji-templates"
    template = "ubuntu-2404-cloudinit"
    network  = "workers"
  }
}

output "nodes" {
  description = "Node ids and addresses."
  value       = module.node_pool.nodes
}
