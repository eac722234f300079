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
  description = "Nodes to create, node name -> machine (the `machines` output of modules/pool). Used here: `index` (offset from `proxmox.vm_id_start`), `cpus`, `memory_mib`, `disk_gib`, `ipv4`, `nameservers` and `search_domains` (Proxmox writes the guest network config itself)."
  type = map(object({
    index      = number
    cpus       = number
    memory_mib = number
    disk_gib   = number
    ipv4 = optional(object({
      address       = string
      prefix_length = number
      gateway       = string
    }))
    nameservers    = optional(list(string), [])
    search_domains = optional(list(string), [])
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
# Proxmox VE
################################################################################

variable "proxmox" {
  description = "Where the VMs go. `node_name` (Proxmox node), `template_vm_id` (VM template with cloud-init, cloned), `datastore_id` (VM disk and cloud-init drive), `snippets_datastore_id` (a datastore with the Snippets content type enabled, e.g. `local`), `bridge`. Optional: `vm_id_start` (a node gets vm_id_start + its machine's `index`; default auto), `template_node_name` (node holding the template; default node_name), `full_clone`, `disk_interface` (the template's boot disk, e.g. scsi0 or virtio0), `cpu_type`, `vlan_id`, `agent` (enable when the image runs qemu-guest-agent: it reports DHCP addresses and allows clean shutdowns), `tags`."
  type = object({
    node_name             = string
    template_vm_id        = number
    datastore_id          = string
    snippets_datastore_id = string
    bridge                = string
    vm_id_start           = optional(number)
    template_node_name    = optional(string)
    full_clone            = optional(bool, true)
    disk_interface        = optional(string, "scsi0")
    cpu_type              = optional(string, "x86-64-v2-AES")
    vlan_id               = optional(number)
    agent                 = optional(bool, false)
    tags                  = optional(list(string), [])
  })
  nullable = false

  validation {
    condition     = alltrue([for v in [var.proxmox.node_name, var.proxmox.datastore_id, var.proxmox.snippets_datastore_id, var.proxmox.bridge] : length(trimspace(v)) > 0])
    error_message = "proxmox: node_name, datastore_id, snippets_datastore_id and bridge must be non-empty, e.g. { node_name = \"pve\", template_vm_id = 9000, datastore_id = \"local-lvm\", snippets_datastore_id = \"local\", bridge = \"vmbr0\" }."
  }

  validation {
    condition     = var.proxmox.template_vm_id >= 100 && floor(var.proxmox.template_vm_id) == var.proxmox.template_vm_id
    error_message = "proxmox: template_vm_id must be a whole VM id >= 100."
  }

  validation {
    condition     = var.proxmox.vm_id_start == null || try(var.proxmox.vm_id_start >= 100 && var.proxmox.vm_id_start <= 999999999 && floor(var.proxmox.vm_id_start) == var.proxmox.vm_id_start, false)
    error_message = "proxmox: vm_id_start must be null or a whole VM id from 100 to 999999999."
  }

  validation {
    condition     = can(regex("^(ide[0-3]|sata[0-5]|scsi([0-9]|[12][0-9]|30)|virtio([0-9]|1[0-5]))$", var.proxmox.disk_interface))
    error_message = "proxmox: disk_interface must be ideN, sataN, scsiN or virtioN naming the template's boot disk, e.g. \"scsi0\"."
  }

  validation {
    condition     = var.proxmox.vlan_id == null || try(var.proxmox.vlan_id >= 1 && var.proxmox.vlan_id <= 4094 && floor(var.proxmox.vlan_id) == var.proxmox.vlan_id, false)
    error_message = "proxmox: vlan_id must be null or a whole number from 1 to 4094."
  }

  validation {
    condition     = alltrue([for t in var.proxmox.tags : can(regex("^[a-z0-9_][a-z0-9_+.-]*$", t))])
    error_message = "proxmox: tags must be lowercase words of [a-z0-9_+.-], e.g. [\"kamaji\"]."
  }
}
