# Three worker nodes for TenantControlPlane tcp-alpha, cloned from an Ubuntu template.
terraform {
  required_version = ">= 1.5.0"

  required_providers {
    vsphere = {
      source  = "vmware/vsphere"
      version = ">= 1.26.0, < 3.0.0"
    }
  }
}

# null arguments fall back to VSPHERE_USER, VSPHERE_PASSWORD and VSPHERE_SERVER.
provider "vsphere" {
  user           = var.vsphere_user
  password       = var.vsphere_password
  vsphere_server = var.vsphere_server
}

variable "vsphere_user" {
  description = "vCenter user; null reads VSPHERE_USER."
  type        = string
  default     = null
}

variable "vsphere_password" {
  description = "vCenter password; null reads VSPHERE_PASSWORD."
  type        = string
  default     = null
  sensitive   = true
}

variable "vsphere_server" {
  description = "vCenter address; null reads VSPHERE_SERVER."
  type        = string
  default     = null
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
  pool_name          = "default"
  replicas           = 3
  cpus               = 2
  memory_mib         = 4096
  disk_gib           = 40
  kubernetes_version = "v1.31.4"
  join_url           = "10.0.0.100:6443"
  join_token         = var.join_token
  join_ca_cert_hash  = var.join_ca_cert_hash

  static_ipv4 = {
    first_address = "10.0.0.10"
    last_address  = "10.0.0.29"
    prefix_length = 24
    gateway       = "10.0.0.1"
  }
  nameservers = ["10.0.0.2"]
}

# The machines: VMs cloned from a vSphere template.
module "node_pool" {
  source = "../../"

  pool      = module.pool.pool
  machines  = module.pool.machines
  user_data = module.pool.user_data

  vsphere = {
    datacenter = "DC0"
    cluster    = "DC0_C0"
    datastore  = "LocalDS_0"
    network    = "VM Network"
    template   = "ubuntu-2404-cloudinit"
    folder     = "kamaji/tcp-alpha"
  }
}

output "nodes" {
  description = "Node ids and addresses."
  value       = module.node_pool.nodes
}
