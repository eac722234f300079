################################################################################
# Nodes
################################################################################

# User data as a NoCloud snippet on the node's snippets datastore (uploaded over SSH by the provider).
resource "proxmox_virtual_environment_file" "user_data" {
  for_each = var.machines

  content_type = "snippets"
  datastore_id = var.proxmox.snippets_datastore_id
  node_name    = var.proxmox.node_name

  source_raw {
    data      = var.user_data[each.key]
    file_name = "${each.key}-user-data.yaml"
  }

  lifecycle {
    # The snippet only matters at first boot: a new join token must not rewrite it.
    ignore_changes = [source_raw]
  }
}

resource "proxmox_virtual_environment_vm" "this" {
  for_each = var.machines

  name        = each.key
  description = "Kamaji node pool ${var.pool.control_plane}/${var.pool.name}, managed by Terraform."
  node_name   = var.proxmox.node_name
  vm_id       = var.proxmox.vm_id_start == null ? null : var.proxmox.vm_id_start + each.value.index
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
    cores = each.value.cpus
    type  = var.proxmox.cpu_type
  }

  memory {
    dedicated = each.value.memory_mib
  }

  disk {
    datastore_id = var.proxmox.datastore_id
    interface    = var.proxmox.disk_interface
    size         = each.value.disk_gib
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
        address = each.value.ipv4 == null ? "dhcp" : "${each.value.ipv4.address}/${each.value.ipv4.prefix_length}"
        gateway = try(each.value.ipv4.gateway, null)
      }
    }

    dynamic "dns" {
      for_each = length(each.value.nameservers) + length(each.value.search_domains) > 0 ? [1] : []

      content {
        servers = length(each.value.nameservers) > 0 ? each.value.nameservers : null
        domain  = length(each.value.search_domains) > 0 ? join(" ", each.value.search_domains) : null
      }
    }
  }

  lifecycle {
    # A new template is for new nodes, and the user data file is written once:
    # neither may update or replace a running node.
    ignore_changes = [clone, initialization[0].user_data_file_id]
  }
}
