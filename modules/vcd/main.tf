locals {
  # Node i is "<control_plane>-<pool_name>-node-<i, two digits>"; resources use for_each over
  # these names, so scaling down removes the highest indices only.
  node_names = [for i in range(var.replicas) : format("%s-%s-node-%02d", var.control_plane, var.pool_name, i)]

  # Static addressing: node i gets first_address + i, computed on the 32-bit value of the address.
  static_first    = var.static_ipv4 == null ? 0 : sum([for i, o in split(".", var.static_ipv4.first_address) : tonumber(o) * pow(256, 3 - i)])
  static_last     = var.static_ipv4 == null ? 0 : sum([for i, o in split(".", var.static_ipv4.last_address) : tonumber(o) * pow(256, 3 - i)])
  static_capacity = var.static_ipv4 == null ? 0 : local.static_last - local.static_first + 1
  node_ipv4 = var.static_ipv4 == null ? {} : {
    for i, n in local.node_names : n => join(".", [for unit in [16777216, 65536, 256, 1] : tostring(floor((local.static_first + i) / unit) % 256)])
  }
}

module "cloud_init" {
  source = "../cloud-init"

  # Names too long for a hostname are left out here and refused by a precondition below.
  node_names          = [for n in local.node_names : n if length(n) <= 63]
  join_url            = var.join_url
  join_token          = var.join_token
  join_ca_cert_hash   = var.join_ca_cert_hash
  kubernetes_version  = var.kubernetes_version
  node_labels         = var.node_labels
  node_taints         = var.node_taints
  ssh_authorized_keys = var.ssh_authorized_keys
  extra_packages      = var.extra_packages
  yaki_url            = var.yaki_url
  yaki_sha256         = var.yaki_sha256
  domain              = var.domain
  node_addresses      = { for n, ip in local.node_ipv4 : n => "${ip}/${var.static_ipv4.prefix_length}" if length(n) <= 63 }
  gateway             = try(var.static_ipv4.gateway, null)
  nameservers         = var.nameservers
  search_domains      = var.search_domains
  network_match_name  = local.network_match_name
}

################################################################################
# Catalog
################################################################################

data "vcd_catalog" "this" {
  org  = var.vcd.catalog_org != null ? var.vcd.catalog_org : var.vcd.org
  name = var.vcd.catalog
}

data "vcd_catalog_vapp_template" "this" {
  org        = var.vcd.catalog_org != null ? var.vcd.catalog_org : var.vcd.org
  catalog_id = data.vcd_catalog.this.id
  name       = var.vcd.template
}

################################################################################
# vApp
################################################################################

resource "vcd_vapp" "this" {
  name        = coalesce(var.vcd.vapp_name, "${var.control_plane}-${var.pool_name}")
  org         = var.vcd.org
  vdc         = var.vcd.vdc
  description = "Kamaji node pool ${var.control_plane}/${var.pool_name}, managed by Terraform."
}

resource "vcd_vapp_org_network" "this" {
  vapp_name        = vcd_vapp.this.name
  org              = var.vcd.org
  vdc              = var.vcd.vdc
  org_network_name = var.vcd.network
}

################################################################################
# Nodes
################################################################################

locals {
  network_match_name = coalesce(var.vcd.nic_name, "e*")

  # cloud-init OVF datasource: network-config is base64 YAML with a top-level "network" key.
  network_properties = {
    for n, config in module.cloud_init.network_config : n => { "network-config" = base64encode(yamlencode({ network = yamldecode(config) })) } if config != null
  }
}

resource "vcd_vapp_vm" "this" {
  for_each = toset(local.node_names)

  vapp_name        = vcd_vapp.this.name
  org              = var.vcd.org
  vdc              = var.vcd.vdc
  name             = each.key
  computer_name    = each.key
  description      = "Kamaji node ${each.key} of pool ${var.control_plane}/${var.pool_name}."
  vapp_template_id = data.vcd_catalog_vapp_template.this.id
  cpus             = var.cpus
  memory           = var.memory_mib
  storage_profile  = var.vcd.storage_profile

  network_dhcp_wait_seconds = var.vcd.network_dhcp_wait_seconds

  network {
    type               = "org"
    name               = vcd_vapp_org_network.this.org_network_name
    ip_allocation_mode = var.static_ipv4 == null ? var.vcd.ip_allocation_mode : "MANUAL"
    ip                 = var.static_ipv4 == null ? null : local.node_ipv4[each.key]
    adapter_type       = var.vcd.adapter_type
    is_primary         = true
  }

  dynamic "override_template_disk" {
    for_each = var.vcd.resize_disk ? [var.vcd.override_template_disk] : []

    content {
      bus_type        = override_template_disk.value.bus_type
      bus_number      = override_template_disk.value.bus_number
      unit_number     = override_template_disk.value.unit_number
      size_in_mb      = var.disk_gib * 1024
      storage_profile = var.vcd.storage_profile
    }
  }

  # cloud-init OVF datasource (guestinfo.ovfEnv).
  guest_properties = merge(
    {
      "instance-id" = each.key
      "hostname"    = each.key
      "user-data"   = base64encode(module.cloud_init.user_data[each.key])
    },
    try(local.network_properties[each.key], {}),
  )

  lifecycle {
    # User data (and its join token) only matters at first boot, and a new template
    # is for new nodes: neither may update or replace a running node.
    ignore_changes = [guest_properties, vapp_template_id]

    precondition {
      condition     = length(each.key) <= 63
      error_message = "Node name \"${each.key}\" has ${length(each.key)} characters; hostnames allow 63. Shorten control_plane or pool_name."
    }

    precondition {
      condition     = var.static_ipv4 == null || var.replicas <= local.static_capacity
      error_message = "static_ipv4: the range ${try(var.static_ipv4.first_address, "")}-${try(var.static_ipv4.last_address, "")} holds ${local.static_capacity} addresses but replicas is ${var.replicas}."
    }
  }
}
