################################################################################
# Pool (the outputs of modules/pool)
################################################################################

variable "pool" {
  description = "`control_plane` and `name` of the pool (the `pool` output of modules/pool), for descriptions and names."
  type = object({
    control_plane = string
    name          = string
  })
  nullable = false
}

variable "machines" {
  description = "Nodes to create, node name -> machine (the `machines` output of modules/pool). Used here: `cpus`, `memory_mib`, `disk_gib` (never smaller than the template's disk), `ipv4.address` and `network_config` (sent through the GuestInfo metadata)."
  type = map(object({
    cpus           = number
    memory_mib     = number
    disk_gib       = number
    ipv4           = optional(object({ address = string }))
    network_config = optional(string)
  }))
  nullable = false
}

variable "user_data" {
  description = "Cloud-config per node name (the `user_data` output of modules/pool); holds the join token."
  type        = map(string)
  sensitive   = true
  nullable    = false
}

################################################################################
# vSphere
################################################################################

variable "vsphere" {
  description = "Where the VMs go. Names of existing vSphere objects: `datacenter`, `cluster` (compute cluster), `datastore`, `network` (port group) and `template` (VM template with cloud-init and the VMware GuestInfo datasource). Optional: `folder` (VM folder path), `resource_pool` (name; default the cluster's root pool), `linked_clone` (template needs a snapshot; disk then keeps the template size), `wait_for_guest_net_timeout` (minutes to wait for VMware Tools to report an IP; 0 disables)."
  type = object({
    datacenter                 = string
    cluster                    = string
    datastore                  = string
    network                    = string
    template                   = string
    folder                     = optional(string)
    resource_pool              = optional(string)
    linked_clone               = optional(bool, false)
    wait_for_guest_net_timeout = optional(number, 5)
  })
  nullable = false

  validation {
    condition     = alltrue([for v in [var.vsphere.datacenter, var.vsphere.cluster, var.vsphere.datastore, var.vsphere.network, var.vsphere.template] : length(trimspace(v)) > 0])
    error_message = "vsphere: datacenter, cluster, datastore, network and template must be non-empty names, e.g. { datacenter = \"DC0\", cluster = \"DC0_C0\", datastore = \"LocalDS_0\", network = \"VM Network\", template = \"ubuntu-2404\" }."
  }

  validation {
    condition     = var.vsphere.wait_for_guest_net_timeout >= 0 && floor(var.vsphere.wait_for_guest_net_timeout) == var.vsphere.wait_for_guest_net_timeout
    error_message = "vsphere: wait_for_guest_net_timeout must be a whole number of minutes >= 0 (0 disables the wait)."
  }
}
