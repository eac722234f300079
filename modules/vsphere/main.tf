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
  network_match_name = coalesce(var.vsphere.nic_name, "e*")

  template_disk = try(data.vsphere_virtual_machine.template.disks[0], null)

  # cloud-init VMware datasource metadata; a static network config rides along base64-encoded.
  network_metadata = {
    for n, config in module.cloud_init.network_config : n => { "network" = base64encode(config), "network.encoding" = "base64" } if config != null
  }
  metadata = {
    for n in local.node_names : n => merge({ "instance-id" = n, "local-hostname" = n }, try(local.network_metadata[n], {}))
  }
}

resource "vsphere_virtual_machine" "this" {
  for_each = toset(local.node_names)

  name             = each.key
  annotation       = "Kamaji node pool ${var.control_plane}/${var.pool_name}, managed by Terraform."
  resource_pool_id = var.vsphere.resource_pool == null ? data.vsphere_compute_cluster.this.resource_pool_id : data.vsphere_resource_pool.this[0].id
  datastore_id     = data.vsphere_datastore.this.id
  folder           = var.vsphere.folder

  num_cpus  = var.cpus
  memory    = var.memory_mib
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
    size             = var.vsphere.linked_clone ? try(ceil(local.template_disk.size), var.disk_gib) : max(var.disk_gib, try(ceil(local.template_disk.size), 0))
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
    "guestinfo.userdata"          = base64encode(module.cloud_init.user_data[each.key])
    "guestinfo.userdata.encoding" = "base64"
  }

  lifecycle {
    # User data (and its join token) only matters at first boot, and a new template
    # is for new nodes: neither may update or replace a running node. The swap file
    # placement is not ours to manage; vcsim, for one, reports none, which would be a
    # permanent in-place update.
    ignore_changes = [extra_config, clone[0].template_uuid, swap_placement_policy]

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
