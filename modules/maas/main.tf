################################################################################
# Nodes
################################################################################

# Allocates and deploys machines MAAS has already commissioned: no VM is created, and
# cpus/memory_mib are minimums. MAAS configures the network (from its subnet), so the
# static address goes through network_interfaces rather than cloud-init.
resource "maas_instance" "this" {
  for_each = var.machines

  allocate_params {
    min_cpu_count = each.value.cpus
    min_memory    = each.value.memory_mib
    tags          = var.maas.tags
    pool          = var.maas.pool
    zone          = var.maas.zone
  }

  deploy_params {
    distro_series = var.maas.distro_series
    hwe_kernel    = var.maas.hwe_kernel
    user_data     = var.user_data[each.key]
  }

  dynamic "network_interfaces" {
    for_each = var.maas.subnet_cidr == null ? [] : [var.maas.subnet_cidr]

    content {
      name        = var.maas.interface_name
      subnet_cidr = network_interfaces.value
      ip_address  = try(each.value.ipv4.address, null)
    }
  }

  lifecycle {
    # deploy_params holds the user data (and its join token), which only matters at deploy
    # time: a new token must not redeploy a machine. deploy_params is a set in provider 1.x,
    # so the whole block is ignored (distro_series and hwe_kernel apply to new nodes only).
    ignore_changes = [deploy_params]

    precondition {
      condition     = each.value.ipv4 == null || var.maas.subnet_cidr != null
      error_message = "static_ipv4 needs maas.subnet_cidr (and maas.interface_name): MAAS assigns static addresses on one of its subnets."
    }

    precondition {
      condition = each.value.ipv4 == null || var.maas.subnet_cidr == null || try(
        cidrhost(var.maas.subnet_cidr, 0) == cidrhost("${each.value.ipv4.address}/${split("/", var.maas.subnet_cidr)[1]}", 0),
      false)
      error_message = "static_ipv4: the address of ${each.key} (${try(each.value.ipv4.address, "")}) must lie in maas.subnet_cidr (${coalesce(var.maas.subnet_cidr, "-")})."
    }
  }
}
