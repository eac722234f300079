################################################################################
# Pool (the outputs of modules/pool)
################################################################################

variable "pool" {
  description = "`control_plane` and `name` of the pool (the `pool` output of modules/pool), unused by MAAS, whose machines have no description; taken so that every provider module takes the same three outputs of modules/pool."
  type = object({
    control_plane = string
    name          = string
  })
  nullable = false
}

variable "machines" {
  description = "Nodes to create, node name -> machine (the `machines` output of modules/pool). Used here: `cpus` and `memory_mib` (minimums of the machine to allocate) and `ipv4.address` (assigned on `maas.subnet_cidr`)."
  type = map(object({
    cpus       = number
    memory_mib = number
    ipv4       = optional(object({ address = string }))
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
# MAAS
################################################################################

variable "maas" {
  description = "Which commissioned machines to allocate and how to deploy them. Optional: `tags` (the machine must carry all), `pool`, `zone`, `distro_series` (e.g. `noble`; default MAAS's), `hwe_kernel`, `subnet_cidr` (an existing MAAS subnet to link `interface_name` to: AUTO address, or the machine's `ipv4` address), `interface_name` (the machine's NIC, e.g. `eno1`; required with subnet_cidr)."
  type = object({
    tags           = optional(list(string), [])
    pool           = optional(string)
    zone           = optional(string)
    distro_series  = optional(string)
    hwe_kernel     = optional(string)
    subnet_cidr    = optional(string)
    interface_name = optional(string)
  })
  default  = {}
  nullable = false

  validation {
    condition     = var.maas.subnet_cidr == null || can(cidrhost(var.maas.subnet_cidr, 0))
    error_message = "maas: subnet_cidr must be null or a CIDR such as \"10.0.0.0/24\"."
  }

  validation {
    condition     = var.maas.subnet_cidr == null || var.maas.interface_name != null
    error_message = "maas: interface_name (the machine's NIC, e.g. \"eno1\") is required when subnet_cidr is set."
  }

  validation {
    condition     = alltrue([for t in var.maas.tags : length(trimspace(t)) > 0])
    error_message = "maas: tags must be non-empty tag names."
  }
}
