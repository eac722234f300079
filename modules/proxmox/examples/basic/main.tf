# Three worker nodes for TenantControlPlane tcp-alpha, cloned from template VM 9000.
terraform {
  required_version = ">= 1.5.0"

  required_providers {
    proxmox = {
      source  = "bpg/proxmox"
      version = ">= 0.111.0, < 1.0.0"
    }
  }
}

# Credentials from PROXMOX_VE_ENDPOINT and PROXMOX_VE_API_TOKEN (snippets are uploaded over
# SSH: PROXMOX_VE_SSH_USERNAME plus an SSH agent or PROXMOX_VE_SSH_PRIVATE_KEY).
provider "proxmox" {}

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
  extra_packages     = ["qemu-guest-agent"]
}

# The machines: VMs cloned from a Proxmox template.
module "node_pool" {
  source = "../../"

  pool      = module.pool.pool
  machines  = module.pool.machines
  user_data = module.pool.user_data

  proxmox = {
    node_name             = "pve"
    template_vm_id        = 9000
    datastore_id          = "local-lvm"
    snippets_datastore_id = "local"
    bridge                = "vmbr0"
    vm_id_start           = 4100
  }
}

output "nodes" {
  description = "Node ids and addresses."
  value       = module.node_pool.nodes
}
