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
  name        = coalesce(var.vcd.vapp_name, "${var.pool.control_plane}-${var.pool.name}")
  org         = var.vcd.org
  vdc         = var.vcd.vdc
  description = "Kamaji node pool ${var.pool.control_plane}/${var.pool.name}, managed by Terraform."
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
  # cloud-init OVF datasource: network-config is base64 YAML with a top-level "network" key.
  network_properties = {
    for n, m in var.machines : n => { "network-config" = base64encode(yamlencode({ network = yamldecode(m.network_config) })) } if m.network_config != null
  }
}

resource "vcd_vapp_vm" "this" {
  for_each = var.machines

  vapp_name        = vcd_vapp.this.name
  org              = var.vcd.org
  vdc              = var.vcd.vdc
  name             = each.key
  computer_name    = each.key
  description      = "Kamaji node ${each.key} of pool ${var.pool.control_plane}/${var.pool.name}."
  vapp_template_id = data.vcd_catalog_vapp_template.this.id
  cpus             = each.value.cpus
  memory           = each.value.memory_mib
  storage_profile  = var.vcd.storage_profile

  network_dhcp_wait_seconds = var.vcd.network_dhcp_wait_seconds

  network {
    type               = "org"
    name               = vcd_vapp_org_network.this.org_network_name
    ip_allocation_mode = each.value.ipv4 == null ? var.vcd.ip_allocation_mode : "MANUAL"
    ip                 = try(each.value.ipv4.address, null)
    adapter_type       = var.vcd.adapter_type
    is_primary         = true
  }

  dynamic "override_template_disk" {
    for_each = var.vcd.resize_disk ? [var.vcd.override_template_disk] : []

    content {
      bus_type        = override_template_disk.value.bus_type
      bus_number      = override_template_disk.value.bus_number
      unit_number     = override_template_disk.value.unit_number
      size_in_mb      = each.value.disk_gib * 1024
      storage_profile = var.vcd.storage_profile
    }
  }

  # cloud-init OVF datasource (guestinfo.ovfEnv).
  guest_properties = merge(
    {
      "instance-id" = each.key
      "hostname"    = each.key
      "user-data"   = base64encode(var.user_data[each.key])
    },
    try(local.network_properties[each.key], {}),
  )

  lifecycle {
    # User data (and its join token) only matters at first boot, and a new template
    # is for new nodes: neither may update or replace a running node.
    ignore_changes = [guest_properties, vapp_template_id]
  }
}
