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
  description = "Nodes to create, node name -> machine (the `machines` output of modules/pool). Used here: `cpus`, `memory_mib`, `disk_gib` (with `vcd.resize_disk`), `ipv4.address` (MANUAL allocation) and `network_config` (sent as the OVF `network-config` property)."
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
# VMware Cloud Director
################################################################################

variable "vcd" {
  description = "Where the VMs go. `catalog` and `template` name the vApp template (cloud-init with the OVF datasource); `network` is the Org VDC network attached to the vApp. Optional: `org`/`vdc` (default: the provider's), `catalog_org` (org owning a shared catalog; default `org`), `vapp_name` (default `<control_plane>-<pool_name>`), `storage_profile`, `ip_allocation_mode` for machines without `ipv4` (DHCP or POOL; a machine with `ipv4` always uses MANUAL), `adapter_type`, `network_dhcp_wait_seconds`, `resize_disk` (true: the template disk is resized to disk_gib through `override_template_disk`, which must name its bus type, bus and unit; false keeps the template disk and ignores disk_gib)."
  type = object({
    org                       = optional(string)
    vdc                       = optional(string)
    catalog_org               = optional(string)
    catalog                   = string
    template                  = string
    network                   = string
    vapp_name                 = optional(string)
    storage_profile           = optional(string)
    ip_allocation_mode        = optional(string, "DHCP")
    adapter_type              = optional(string, "VMXNET3")
    network_dhcp_wait_seconds = optional(number)
    resize_disk               = optional(bool, true)
    override_template_disk = optional(object({
      bus_type    = optional(string, "paravirtual")
      bus_number  = optional(number, 0)
      unit_number = optional(number, 0)
    }), {})
  })
  nullable = false

  validation {
    condition     = alltrue([for v in [var.vcd.catalog, var.vcd.template, var.vcd.network] : length(trimspace(v)) > 0])
    error_message = "vcd: catalog, template and network must be non-empty names, e.g. { catalog = \"templates\", template = \"ubuntu-2404\", network = \"workers\" }."
  }

  validation {
    condition     = contains(["DHCP", "POOL"], var.vcd.ip_allocation_mode)
    error_message = "vcd: ip_allocation_mode must be \"DHCP\" or \"POOL\" (machines with ipv4 always use MANUAL)."
  }

  validation {
    condition     = var.vcd.vapp_name == null || can(regex("^[^/\\\\]{1,128}$", var.vcd.vapp_name))
    error_message = "vcd: vapp_name must be 1 to 128 characters without slashes."
  }

  validation {
    condition     = contains(["ide", "parallel", "sas", "paravirtual", "sata", "nvme"], var.vcd.override_template_disk.bus_type)
    error_message = "vcd: override_template_disk.bus_type must be one of ide, parallel, sas, paravirtual, sata, nvme."
  }

  validation {
    condition     = var.vcd.network_dhcp_wait_seconds == null || try(var.vcd.network_dhcp_wait_seconds >= 0, false)
    error_message = "vcd: network_dhcp_wait_seconds must be null or >= 0."
  }
}
