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
# Nodes
################################################################################

locals {
  # Unused: Proxmox writes the guest network config from initialization.ip_config.
  network_match_name = "e*"
}

# User data as a NoCloud snippet on the node's snippets datastore (uploaded over SSH by the provider).
resource "proxmox_virtual_environment_file" "user_data" {
  for_each = toset(local.node_names)

  content_type = "snippets"
  datastore_id = var.proxmox.snippets_datastore_id
  node_name    = var.proxmox.node_name

  source_raw {
    data      = module.cloud_init.user_data[each.key]
    file_name = "${each.key}-user-data.yaml"
  }

  lifecycle {
    # The snippet only matters at first boot: a new join token must not rewrite it.
    ignore_changes = [source_raw]

    # Checked here because the snippet is planned before the VM that uses it.
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

resource "proxmox_virtual_environment_vm" "this" {
  for_each = toset(local.node_names)

  name        = each.key
  description = "Kamaji node pool ${var.control_plane}/${var.pool_name}, managed by Terraform."
  node_name   = var.proxmox.node_name
  vm_id       = var.proxmox.vm_id_start == null ? null : var.proxmox.vm_id_start + index(local.node_names, each.key)
  tags        = var.proxmox.tags

  # Without the guest agent, Proxmox shuts down through ACPI, which may never finish.
  stop_on_destroy = !var.proxmox.agent

  clone {
    vm_id     = var.proxmox.template_vm_id
    node_name = var.proxmox.template_node_name
    full      = var.proxmox.full_clone
  }

  agent {
    enabled = var.proxmox.agent
  }

  cpu {
    cores = var.cpus
    type  = var.proxmox.cpu_type
  }

  memory {
    dedicated = var.memory_mib
  }

  disk {
    datastore_id = var.proxmox.datastore_id
    interface    = var.proxmox.disk_interface
    size         = var.disk_gib
  }

  network_device {
    bridge  = var.proxmox.bridge
    vlan_id = var.proxmox.vlan_id
  }

  operating_system {
    type = "l26"
  }

  initialization {
    datastore_id      = var.proxmox.datastore_id
    user_data_file_id = proxmox_virtual_environment_file.user_data[each.key].id

    ip_config {
      ipv4 {
        address = var.static_ipv4 == null ? "dhcp" : "${local.node_ipv4[each.key]}/${var.static_ipv4.prefix_length}"
        gateway = var.static_ipv4 == null ? null : var.static_ipv4.gateway
      }
    }

    dynamic "dns" {
      for_each = length(var.nameservers) + length(var.search_domains) > 0 ? [1] : []

      content {
        servers = length(var.nameservers) > 0 ? var.nameservers : null
        domain  = length(var.search_domains) > 0 ? join(" ", var.search_domains) : null
      }
    }
  }

  lifecycle {
    # A new template is for new nodes, and the user data file is written once:
    # neither may update or replace a running node.
    ignore_changes = [clone, initialization[0].user_data_file_id]
  }
}
