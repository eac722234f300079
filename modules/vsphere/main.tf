################################################################################
# vSphere inventory
################################################################################

data "vsphere_datacenter" "this" {
  name = var.vsphere.datacenter
}

data "vsphere_compute_cluster" "this" {
  name          = var.vsphere.cluster
  datacenter_id = data.vsphere_datacenter.this.id
}

data "vsphere_resource_pool" "this" {
  count = var.vsphere.resource_pool == null ? 0 : 1

  name          = var.vsphere.resource_pool
  datacenter_id = data.vsphere_datacenter.this.id
}

data "vsphere_datastore" "this" {
  name          = var.vsphere.datastore
  datacenter_id = data.vsphere_datacenter.this.id
}

data "vsphere_network" "this" {
  name          = var.vsphere.network
  datacenter_id = data.vsphere_datacenter.this.id
}

data "vsphere_virtual_machine" "template" {
  name          = var.vsphere.template
  datacenter_id = data.vsphere_datacenter.this.id
}

################################################################################
# Nodes
################################################################################

locals {
  template_disk = try(data.vsphere_virtual_machine.template.disks[0], null)

  # cloud-init VMware datasource metadata; a static network config rides along base64-encoded.
  metadata = {
    for n, m in var.machines : n => merge(
      { "instance-id" = n, "local-hostname" = n },
      m.network_config == null ? {} : { "network" = base64encode(m.network_config), "network.encoding" = "base64" },
    )
  }
}

resource "vsphere_virtual_machine" "this" {
  for_each = var.machines

  name             = each.key
  annotation       = "Kamaji node pool ${var.pool.control_plane}/${var.pool.name}, managed by Terraform."
  resource_pool_id = var.vsphere.resource_pool == null ? data.vsphere_compute_cluster.this.resource_pool_id : data.vsphere_resource_pool.this[0].id
  datastore_id     = data.vsphere_datastore.this.id
  folder           = var.vsphere.folder

  num_cpus  = each.value.cpus
  memory    = each.value.memory_mib
  guest_id  = data.vsphere_virtual_machine.template.guest_id
  firmware  = data.vsphere_virtual_machine.template.firmware
  scsi_type = data.vsphere_virtual_machine.template.scsi_type

  wait_for_guest_net_timeout = var.vsphere.wait_for_guest_net_timeout
  wait_for_guest_ip_timeout  = 0

  network_interface {
    network_id   = data.vsphere_network.this.id
    adapter_type = try(data.vsphere_virtual_machine.template.network_interface_types[0], "vmxnet3")
  }

  disk {
    label            = "disk0"
    size             = var.vsphere.linked_clone ? try(ceil(local.template_disk.size), each.value.disk_gib) : max(each.value.disk_gib, try(ceil(local.template_disk.size), 0))
    thin_provisioned = try(local.template_disk.thin_provisioned, true)
    eagerly_scrub    = try(local.template_disk.eagerly_scrub, false)
  }

  clone {
    template_uuid = data.vsphere_virtual_machine.template.id
    linked_clone  = var.vsphere.linked_clone
  }

  # cloud-init VMware GuestInfo datasource.
  extra_config = {
    "guestinfo.metadata"          = base64encode(yamlencode(local.metadata[each.key]))
    "guestinfo.metadata.encoding" = "base64"
    "guestinfo.userdata"          = base64encode(var.user_data[each.key])
    "guestinfo.userdata.encoding" = "base64"
  }

  lifecycle {
    # User data (and its join token) only matters at first boot, and a new template
    # is for new nodes: neither may update or replace a running node. The swap file
    # placement is not ours to manage; vcsim, for one, reports none, which would be a
    # permanent in-place update.
    ignore_changes = [extra_config, clone[0].template_uuid, swap_placement_policy]
  }
}
