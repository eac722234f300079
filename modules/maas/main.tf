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
  # Unused: MAAS writes the machine network config itself.
  network_match_name = "e*"
}

# Allocates and deploys machines MAAS has already commissioned: no VM is created, and
# cpus/memory_mib are minimums. MAAS configures the network (from its subnet), so the
# static address goes through network_interfaces rather than cloud-init.
resource "maas_instance" "this" {
  for_each = toset(local.node_names)

  allocate_params {
    min_cpu_count = var.cpus
    min_memory    = var.memory_mib
    tags          = var.maas.tags
    pool          = var.maas.pool
    zone          = var.maas.zone
  }

  deploy_params {
    distro_series = var.maas.distro_series
    hwe_kernel    = var.maas.hwe_kernel
    user_data     = module.cloud_init.user_data[each.key]
  }

  dynamic "network_interfaces" {
    for_each = var.maas.subnet_cidr == null ? [] : [var.maas.subnet_cidr]

    content {
      name        = var.maas.interface_name
      subnet_cidr = network_interfaces.value
      ip_address  = var.static_ipv4 == null ? null : local.node_ipv4[each.key]
    }
  }

  lifecycle {
    # deploy_params holds the user data (and its join token), which only matters at deploy
    # time: a new token must not redeploy a machine. deploy_params is a set in provider 1.x,
    # so the whole block is ignored (distro_series and hwe_kernel apply to new nodes only).
    ignore_changes = [deploy_params]

    precondition {
      condition     = length(each.key) <= 63
      error_message = "Node name \"${each.key}\" has ${length(each.key)} characters; hostnames allow 63. Shorten control_plane or pool_name."
    }

    precondition {
      condition     = var.static_ipv4 == null || var.replicas <= local.static_capacity
      error_message = "static_ipv4: the range ${try(var.static_ipv4.first_address, "")}-${try(var.static_ipv4.last_address, "")} holds ${local.static_capacity} addresses but replicas is ${var.replicas}."
    }

    precondition {
      condition     = var.static_ipv4 == null || var.maas.subnet_cidr != null
      error_message = "static_ipv4 needs maas.subnet_cidr (and maas.interface_name): MAAS assigns static addresses on one of its subnets."
    }

    precondition {
      condition = var.static_ipv4 == null || var.maas.subnet_cidr == null || try(
        cidrhost(var.maas.subnet_cidr, 0) == cidrhost("${var.static_ipv4.first_address}/${split("/", var.maas.subnet_cidr)[1]}", 0)
        && cidrhost(var.maas.subnet_cidr, 0) == cidrhost("${var.static_ipv4.last_address}/${split("/", var.maas.subnet_cidr)[1]}", 0),
      false)
      error_message = "static_ipv4: first_address and last_address must lie in maas.subnet_cidr (${coalesce(var.maas.subnet_cidr, "-")})."
    }
  }
}
