# Rendering checks: plan only, no provider involved.

variables {
  control_plane      = "tcp-alpha"
  pool_name          = "default"
  replicas           = 2
  join_url           = "10.0.0.100:6443"
  join_token         = "abcdef.0123456789abcdef"
  join_ca_cert_hash  = "sha256:345959acb2c3b2feb87d281961c893f62a314207ef02599f1cc4a5fb255480b3"
  kubernetes_version = "v1.31.4"
}

run "plain_join_without_labels_or_taints" {
  command = plan

  assert {
    condition     = alltrue([for n, ud in output.user_data : startswith(ud, "#cloud-config\n")])
    error_message = "every user data must start with #cloud-config"
  }

  assert {
    condition     = alltrue([for n, ud in output.user_data : yamldecode(ud).hostname == n && yamldecode(ud).fqdn == n && yamldecode(ud).preserve_hostname == false])
    error_message = "hostname and fqdn must be the node name, preserve_hostname false"
  }

  assert {
    condition     = alltrue([for ud in values(output.user_data) : !strcontains(ud, "JoinConfiguration") && !strcontains(ud, "KUBEADM_CONFIG")])
    error_message = "no JoinConfiguration without labels or taints"
  }

  assert {
    condition     = alltrue([for ud in values(output.user_data) : !strcontains(ud, "JOIN_ASCP")])
    error_message = "JOIN_ASCP must never appear"
  }

  assert {
    condition     = length(yamldecode(output.user_data["tcp-alpha-default-node-00"]).write_files) == 1
    error_message = "only the join script is written"
  }

  assert {
    condition = alltrue([
      for f in yamldecode(output.user_data["tcp-alpha-default-node-00"]).write_files : f.permissions == "0600"
    ])
    error_message = "files holding the token must be 0600"
  }

  assert {
    condition = alltrue([for s in [
      "JOIN_URL='10.0.0.100:6443'",
      "JOIN_TOKEN='abcdef.0123456789abcdef'",
      "JOIN_TOKEN_CACERT_HASH='sha256:345959acb2c3b2feb87d281961c893f62a314207ef02599f1cc4a5fb255480b3'",
      "KUBERNETES_VERSION='v1.31.4'",
      "bash ./yaki join",
      "exec >>'/var/log/nodepool-join.log' 2>&1",
      "-o yaki 'https://goyaki.clastix.io'",
    ] : strcontains(yamldecode(output.user_data["tcp-alpha-default-node-00"]).write_files[0].content, s)])
    error_message = "the join script must download yaki, log to /var/log/nodepool-join.log and pass the join variables"
  }

  assert {
    condition     = !strcontains(yamldecode(output.user_data["tcp-alpha-default-node-00"]).write_files[0].content, "sha256sum")
    error_message = "no checksum check without yaki_sha256"
  }

  assert {
    condition     = yamldecode(output.user_data["tcp-alpha-default-node-00"]).runcmd == [["bash", "/var/lib/nodepool/join.sh"]]
    error_message = "runcmd must run the join script"
  }

  assert {
    condition = length(setsubtract(
      ["conntrack", "socat", "ebtables", "ethtool", "iptables", "iproute2", "kmod", "procps", "wget", "curl", "util-linux"],
      yamldecode(output.user_data["tcp-alpha-default-node-00"]).packages,
    )) == 0 && yamldecode(output.user_data["tcp-alpha-default-node-00"]).package_update == true
    error_message = "the packages yaki needs must be installed"
  }

  assert {
    condition     = !can(yamldecode(output.user_data["tcp-alpha-default-node-00"]).ssh_authorized_keys)
    error_message = "no ssh_authorized_keys key without keys"
  }

  assert {
    condition     = alltrue([for m in values(output.machines) : m.network_config == null && m.ipv4 == null])
    error_message = "DHCP nodes get no network config"
  }

  assert {
    condition     = output.uses_join_configuration == false
    error_message = "uses_join_configuration must be false"
  }
}

run "labels_and_taints_write_a_complete_join_configuration" {
  command = plan

  variables {
    node_labels = { "example.com/pool" = "default", "node.kubernetes.io/exclude-from-external-load-balancers" = "true" }
    node_taints = [
      { key = "example.com/dedicated", value = "gpu", effect = "NoSchedule" },
      { key = "example.com/spot", effect = "PreferNoSchedule" },
    ]
  }

  assert {
    condition     = output.uses_join_configuration && output.kubeadm_api_version == "kubeadm.k8s.io/v1beta4"
    error_message = "Kubernetes 1.31 uses a v1beta4 JoinConfiguration"
  }

  assert {
    condition = alltrue([for n, ud in output.user_data : (
      yamldecode(yamldecode(ud).write_files[1].content).kind == "JoinConfiguration"
      && yamldecode(yamldecode(ud).write_files[1].content).apiVersion == "kubeadm.k8s.io/v1beta4"
      && yamldecode(yamldecode(ud).write_files[1].content).nodeRegistration.name == n
      && yamldecode(ud).write_files[1].path == "/var/lib/nodepool/kubeadm-join.yaml"
      && yamldecode(ud).write_files[1].permissions == "0600"
    )])
    error_message = "each node gets its own JoinConfiguration named after it, 0600"
  }

  assert {
    condition = yamldecode(yamldecode(output.user_data["tcp-alpha-default-node-01"]).write_files[1].content).discovery == {
      bootstrapToken = {
        apiServerEndpoint = "10.0.0.100:6443"
        token             = "abcdef.0123456789abcdef"
        caCertHashes      = ["sha256:345959acb2c3b2feb87d281961c893f62a314207ef02599f1cc4a5fb255480b3"]
      }
    }
    error_message = "the JoinConfiguration must carry discovery (KUBEADM_CONFIG replaces every join argument)"
  }

  assert {
    condition = yamldecode(yamldecode(output.user_data["tcp-alpha-default-node-01"]).write_files[1].content).nodeRegistration.kubeletExtraArgs == [
      { name = "node-labels", value = "example.com/pool=default,node.kubernetes.io/exclude-from-external-load-balancers=true" },
    ]
    error_message = "v1beta4 kubeletExtraArgs is a name/value list carrying node-labels"
  }

  assert {
    condition = yamldecode(yamldecode(output.user_data["tcp-alpha-default-node-01"]).write_files[1].content).nodeRegistration.taints == [
      { key = "example.com/dedicated", value = "gpu", effect = "NoSchedule" },
      { key = "example.com/spot", effect = "PreferNoSchedule" },
    ]
    error_message = "taints must be registered, without value when none is given"
  }

  assert {
    condition     = strcontains(yamldecode(output.user_data["tcp-alpha-default-node-00"]).write_files[0].content, "KUBEADM_CONFIG='/var/lib/nodepool/kubeadm-join.yaml'")
    error_message = "the join script must pass KUBEADM_CONFIG"
  }

  assert {
    condition     = alltrue([for ud in values(output.user_data) : !strcontains(ud, "JOIN_ASCP")])
    error_message = "JOIN_ASCP must never appear"
  }
}

run "taints_only_have_no_node_labels_argument" {
  command = plan

  variables {
    node_taints = [{ key = "example.com/dedicated", value = "infra", effect = "NoExecute" }]
  }

  assert {
    condition     = yamldecode(yamldecode(output.user_data["tcp-alpha-default-node-00"]).write_files[1].content).nodeRegistration.kubeletExtraArgs == []
    error_message = "no node-labels argument without labels"
  }
}

run "kubernetes_before_1_31_uses_v1beta3" {
  command = plan

  variables {
    kubernetes_version = "v1.30.8"
    node_labels        = { "example.com/pool" = "default" }
  }

  assert {
    condition     = output.kubeadm_api_version == "kubeadm.k8s.io/v1beta3"
    error_message = "Kubernetes 1.30 needs v1beta3"
  }

  assert {
    condition = yamldecode(yamldecode(output.user_data["tcp-alpha-default-node-00"]).write_files[1].content).nodeRegistration.kubeletExtraArgs == {
      "node-labels" = "example.com/pool=default"
    }
    error_message = "v1beta3 kubeletExtraArgs is a map"
  }
}

run "yaki_checksum_is_verified_when_given" {
  command = plan

  variables {
    yaki_url    = "https://raw.githubusercontent.com/clastix/yaki/0123456789abcdef0123456789abcdef01234567/script/yaki"
    yaki_sha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
  }

  assert {
    condition     = strcontains(yamldecode(output.user_data["tcp-alpha-default-node-00"]).write_files[0].content, "echo 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  yaki' | sha256sum -c -")
    error_message = "the script must check the yaki checksum"
  }

  assert {
    condition     = strcontains(yamldecode(output.user_data["tcp-alpha-default-node-00"]).write_files[0].content, "-o yaki 'https://raw.githubusercontent.com/clastix/yaki/0123456789abcdef0123456789abcdef01234567/script/yaki'")
    error_message = "the script must download the pinned URL"
  }
}

run "static_addresses_render_network_config" {
  command = plan

  variables {
    static_ipv4    = { first_address = "10.0.0.10", last_address = "10.0.0.19", prefix_length = 24, gateway = "10.0.0.1" }
    nameservers    = ["10.0.0.2", "10.0.0.3"]
    search_domains = ["example.com"]
    domain         = "example.com"
    ssh_authorized_keys = [
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl admin@example.com",
    ]
    extra_packages = ["open-vm-tools", "curl"]
  }

  assert {
    condition = yamldecode(output.machines["tcp-alpha-default-node-00"].network_config) == {
      version = 2
      ethernets = {
        primary = {
          match       = { name = "e*" }
          dhcp4       = false
          addresses   = ["10.0.0.10/24"]
          routes      = [{ to = "0.0.0.0/0", via = "10.0.0.1" }]
          nameservers = { addresses = ["10.0.0.2", "10.0.0.3"], search = ["example.com"] }
        }
      }
    }
    error_message = "static network config v2 with address, default route and DNS"
  }

  assert {
    condition     = yamldecode(output.machines["tcp-alpha-default-node-01"].network_config).ethernets.primary.addresses == ["10.0.0.11/24"]
    error_message = "node i gets first_address + i"
  }

  assert {
    condition     = output.machines["tcp-alpha-default-node-01"].ipv4 == { address = "10.0.0.11", prefix_length = 24, gateway = "10.0.0.1" } && output.machines["tcp-alpha-default-node-01"].fqdn == "tcp-alpha-default-node-01.example.com"
    error_message = "machines carry the address and the FQDN for the provider modules"
  }

  assert {
    condition     = yamldecode(output.user_data["tcp-alpha-default-node-00"]).fqdn == "tcp-alpha-default-node-00.example.com" && yamldecode(output.user_data["tcp-alpha-default-node-00"]).hostname == "tcp-alpha-default-node-00"
    error_message = "fqdn is <node>.<domain>, hostname stays the node name"
  }

  assert {
    condition     = length(yamldecode(output.user_data["tcp-alpha-default-node-00"]).ssh_authorized_keys) == 1
    error_message = "ssh keys must be authorized"
  }

  assert {
    condition     = contains(yamldecode(output.user_data["tcp-alpha-default-node-00"]).packages, "open-vm-tools") && length([for p in yamldecode(output.user_data["tcp-alpha-default-node-00"]).packages : p if p == "curl"]) == 1
    error_message = "extra packages are added once"
  }
}

run "exact_interface_name_is_the_ethernet_id" {
  command = plan

  variables {
    static_ipv4       = { first_address = "10.0.0.10", last_address = "10.0.0.19", prefix_length = 24, gateway = "10.0.0.1" }
    network_interface = "ens192"
  }

  assert {
    condition = yamldecode(output.machines["tcp-alpha-default-node-00"].network_config).ethernets == {
      ens192 = { dhcp4 = false, addresses = ["10.0.0.10/24"], routes = [{ to = "0.0.0.0/0", via = "10.0.0.1" }] }
    }
    error_message = "an exact interface name is the ethernets id, without match (every cloud-init renderer understands it)"
  }
}

run "no_nodes_no_output" {
  command = plan

  variables {
    replicas = 0
  }

  assert {
    condition     = length(output.user_data) == 0 && length(output.machines) == 0 && output.node_names == []
    error_message = "zero nodes render nothing"
  }
}
