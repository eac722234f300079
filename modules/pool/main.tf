################################################################################
# Nodes
################################################################################

locals {
  # Node i is "<control_plane>-<pool_name>-node-<i, two digits>"; provider modules use for_each
  # over these names, so scaling down removes the highest indices only.
  node_names = [for i in range(var.replicas) : format("%s-%s-node-%02d", var.control_plane, var.pool_name, i)]

  # Static addressing: node i gets first_address + i, computed on the 32-bit value of the address.
  static_first    = var.static_ipv4 == null ? 0 : sum([for i, o in split(".", var.static_ipv4.first_address) : tonumber(o) * pow(256, 3 - i)])
  static_last     = var.static_ipv4 == null ? 0 : sum([for i, o in split(".", var.static_ipv4.last_address) : tonumber(o) * pow(256, 3 - i)])
  static_capacity = var.static_ipv4 == null ? 0 : local.static_last - local.static_first + 1
  node_ipv4 = var.static_ipv4 == null ? {} : {
    for i, n in local.node_names : n => join(".", [for unit in [16777216, 65536, 256, 1] : tostring(floor((local.static_first + i) / unit) % 256)])
  }
  node_addresses = { for n, ip in local.node_ipv4 : n => "${ip}/${var.static_ipv4.prefix_length}" }
  gateway        = try(var.static_ipv4.gateway, null)
  fqdn           = { for n in local.node_names : n => var.domain == null ? n : "${n}.${var.domain}" }

  # What each provider module needs to create a node, apart from the user data (sensitive).
  machines = {
    for i, n in local.node_names : n => {
      index      = i
      fqdn       = local.fqdn[n]
      cpus       = var.cpus
      memory_mib = var.memory_mib
      disk_gib   = var.disk_gib
      ipv4 = var.static_ipv4 == null ? null : {
        address       = local.node_ipv4[n]
        prefix_length = var.static_ipv4.prefix_length
        gateway       = var.static_ipv4.gateway
      }
      nameservers    = var.nameservers
      search_domains = var.search_domains
      network_config = lookup(local.network_config, n, null)
    }
  }
}

################################################################################
# cloud-init
################################################################################

locals {
  paths = {
    join_script = "/var/lib/nodepool/join.sh"
    join_config = "/var/lib/nodepool/kubeadm-join.yaml"
    log         = "/var/log/nodepool-join.log"
  }

  # kubeadm reads JoinConfiguration v1beta4 since 1.31, where v1beta3 became deprecated (still
  # read by 1.36 with a warning; removed after it by kubernetes/kubernetes#136016), so the
  # version follows the Kubernetes minor: v1beta3 below 1.31, v1beta4 from 1.31.
  kubernetes_minor    = tonumber(regex("^v1\\.([0-9]+)\\.", var.kubernetes_version)[0])
  kubeadm_api_version = local.kubernetes_minor >= 31 ? "kubeadm.k8s.io/v1beta4" : "kubeadm.k8s.io/v1beta3"

  # yaki has no label/taint flags: with KUBEADM_CONFIG it runs `kubeadm join --config FILE`
  # and drops every other join argument, so the file carries discovery too.
  use_join_configuration = length(var.node_labels) > 0 || length(var.node_taints) > 0

  node_labels_arg = join(",", [for k in sort(keys(var.node_labels)) : "${k}=${var.node_labels[k]}"])

  taints = [for t in var.node_taints : { for k, v in { key = t.key, value = t.value, effect = t.effect } : k => v if v != null }]

  discovery = {
    bootstrapToken = {
      apiServerEndpoint = var.join_url
      token             = var.join_token
      caCertHashes      = [var.join_ca_cert_hash]
    }
  }

  join_configuration = {
    for n in local.node_names : n => (local.kubernetes_minor >= 31 ? yamlencode({
      apiVersion = local.kubeadm_api_version
      kind       = "JoinConfiguration"
      discovery  = local.discovery
      nodeRegistration = {
        name             = n
        taints           = local.taints
        kubeletExtraArgs = length(var.node_labels) > 0 ? [{ name = "node-labels", value = local.node_labels_arg }] : []
      }
      }) : yamlencode({
      apiVersion = local.kubeadm_api_version
      kind       = "JoinConfiguration"
      discovery  = local.discovery
      nodeRegistration = {
        name             = n
        taints           = local.taints
        kubeletExtraArgs = { for k, v in { "node-labels" = local.node_labels_arg } : k => v if length(var.node_labels) > 0 }
      }
    }))
  }

  join_script = {
    for n in local.node_names : n => templatefile("${path.module}/templates/join.sh.tftpl", {
      node_name          = n
      log_file           = local.paths.log
      join_url           = var.join_url
      join_token         = var.join_token
      join_ca_cert_hash  = var.join_ca_cert_hash
      kubernetes_version = var.kubernetes_version
      yaki_url           = var.yaki_url
      yaki_sha256        = var.yaki_sha256
      kubeadm_config     = local.use_join_configuration ? local.paths.join_config : null
    })
  }

  cloud_config = {
    for n in local.node_names : n => merge(
      {
        hostname                  = n
        fqdn                      = local.fqdn[n]
        prefer_fqdn_over_hostname = false
        preserve_hostname         = false
        manage_etc_hosts          = true
        package_update            = true
        packages                  = distinct(concat(var.base_packages, var.extra_packages))
        write_files = concat(
          [{
            path        = local.paths.join_script
            owner       = "root:root"
            permissions = "0600"
            content     = local.join_script[n]
          }],
          local.use_join_configuration ? [{
            path        = local.paths.join_config
            owner       = "root:root"
            permissions = "0600"
            content     = local.join_configuration[n]
          }] : [],
        )
        runcmd = [["bash", local.paths.join_script]]
      },
      { for k, v in { ssh_authorized_keys = var.ssh_authorized_keys } : k => v if length(v) > 0 },
    )
  }

  # cloud-init network config version 2, for nodes with a static address only. A glob is
  # matched under the id "primary" (netplan, i.e. Ubuntu, honours match.name); an exact name is
  # the id itself, which every cloud-init renderer (ENI, networkd, sysconfig) understands.
  network_match_glob = length(regexall("[*?]", var.network_interface)) > 0
  network_config = {
    for n, address in local.node_addresses : n => yamlencode({
      version = 2
      ethernets = {
        (local.network_match_glob ? "primary" : var.network_interface) = merge(
          { for k, v in { match = { name = var.network_interface } } : k => v if local.network_match_glob },
          {
            dhcp4     = false
            addresses = [address]
          },
          { for k, v in { routes = [{ to = "0.0.0.0/0", via = local.gateway }] } : k => v if local.gateway != null },
          { for k, v in { nameservers = { for k, v in { addresses = var.nameservers, search = var.search_domains } : k => v if length(v) > 0 } } : k => v if length(v) > 0 },
        )
      }
    })
  }
}
