# Plan and apply against a mock provider: node names, counts, addressing, user data,
# and that scaling down or a new join token never touches the nodes that stay. A mock
# provider cannot answer "requires replacement", so the lifecycle runs check that the planned
# values of existing nodes stay those of the apply (which is what ignore_changes guarantees).

mock_provider "proxmox" {
  # The VM validates user_data_file_id as "<datastore>:<content type>/<file>".
  mock_resource "proxmox_virtual_environment_file" {
    defaults = { id = "local:snippets/user-data.yaml" }
  }
}

variables {
  control_plane      = "tcp-alpha"
  pool_name          = "default"
  replicas           = 3
  kubernetes_version = "v1.31.4"
  join_url           = "10.0.0.100:6443"
  join_token         = "abcdef.0123456789abcdef"
  join_ca_cert_hash  = "sha256:345959acb2c3b2feb87d281961c893f62a314207ef02599f1cc4a5fb255480b3"
  proxmox = {
    node_name             = "pve"
    template_vm_id        = 9000
    datastore_id          = "local-lvm"
    snippets_datastore_id = "local"
    bridge                = "vmbr0"
  }
}

run "dhcp_nodes" {
  command = plan

  assert {
    condition     = keys(proxmox_virtual_environment_vm.this) == ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01", "tcp-alpha-default-node-02"]
    error_message = "three nodes named <control_plane>-<pool_name>-node-NN"
  }

  assert {
    condition     = output.node_names == ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01", "tcp-alpha-default-node-02"]
    error_message = "node_names output must list the nodes lowest index first"
  }

  assert {
    condition = alltrue([for n, vm in proxmox_virtual_environment_vm.this :
      vm.name == n && vm.node_name == "pve" && vm.clone[0].vm_id == 9000 && vm.clone[0].full
      && vm.cpu[0].cores == 2 && vm.memory[0].dedicated == 4096
      && vm.disk[0].size == 40 && vm.disk[0].interface == "scsi0" && vm.disk[0].datastore_id == "local-lvm"
      && vm.network_device[0].bridge == "vmbr0"
      && vm.initialization[0].ip_config[0].ipv4[0].address == "dhcp"
      && length(vm.initialization[0].dns) == 0
      && vm.stop_on_destroy
    ])
    error_message = "VM sizing, cloning and DHCP must follow the inputs"
  }

  assert {
    condition = alltrue([for n, f in proxmox_virtual_environment_file.user_data :
      f.content_type == "snippets" && f.datastore_id == "local" && f.node_name == "pve" && f.source_raw[0].file_name == "${n}-user-data.yaml"
    ])
    error_message = "user data must be a snippet per node"
  }

  assert {
    condition = alltrue([for n in ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01", "tcp-alpha-default-node-02"] :
      startswith(proxmox_virtual_environment_file.user_data[n].source_raw[0].data, "#cloud-config\n")
      && yamldecode(proxmox_virtual_environment_file.user_data[n].source_raw[0].data).hostname == n
      && yamldecode(proxmox_virtual_environment_file.user_data[n].source_raw[0].data).fqdn == n
    ])
    error_message = "each node's user data is a cloud-config setting its own hostname"
  }

  assert {
    condition = alltrue([for n in ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01", "tcp-alpha-default-node-02"] :
      !strcontains(proxmox_virtual_environment_file.user_data[n].source_raw[0].data, "JOIN_ASCP")
      && !strcontains(proxmox_virtual_environment_file.user_data[n].source_raw[0].data, "JoinConfiguration")
      && strcontains(proxmox_virtual_environment_file.user_data[n].source_raw[0].data, "JOIN_TOKEN='abcdef.0123456789abcdef'")
      && strcontains(proxmox_virtual_environment_file.user_data[n].source_raw[0].data, "KUBERNETES_VERSION='v1.31.4'")
    ])
    error_message = "the user data joins with the token and version, never with JOIN_ASCP, and without JoinConfiguration when there are no labels or taints"
  }
}

run "static_ipv4_assigns_consecutive_addresses" {
  command = plan

  variables {
    static_ipv4 = {
      first_address = "10.0.0.254"
      last_address  = "10.0.1.10"
      prefix_length = 23
      gateway       = "10.0.0.1"
    }
    nameservers    = ["10.0.0.2"]
    search_domains = ["example.com"]
  }

  assert {
    condition = [for n in ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01", "tcp-alpha-default-node-02"] :
      proxmox_virtual_environment_vm.this[n].initialization[0].ip_config[0].ipv4[0].address
    ] == ["10.0.0.254/23", "10.0.0.255/23", "10.0.1.0/23"]
    error_message = "node i must get first_address + i, across the octet boundary"
  }

  assert {
    condition     = alltrue([for vm in values(proxmox_virtual_environment_vm.this) : vm.initialization[0].ip_config[0].ipv4[0].gateway == "10.0.0.1"])
    error_message = "the gateway must be set"
  }

  assert {
    condition     = proxmox_virtual_environment_vm.this["tcp-alpha-default-node-00"].initialization[0].dns[0].servers == tolist(["10.0.0.2"]) && proxmox_virtual_environment_vm.this["tcp-alpha-default-node-00"].initialization[0].dns[0].domain == "example.com"
    error_message = "DNS servers and search domain must be set"
  }

  assert {
    condition     = output.nodes["tcp-alpha-default-node-00"].ip_addresses == tolist(["10.0.0.254"]) && output.nodes["tcp-alpha-default-node-02"].ip_addresses == tolist(["10.0.1.0"])
    error_message = "the nodes output must show the static addresses"
  }
}

run "labels_and_taints_join_through_a_join_configuration" {
  command = plan

  variables {
    node_labels = { "example.com/pool" = "default" }
    node_taints = [{ key = "example.com/dedicated", value = "infra", effect = "NoSchedule" }]
  }

  assert {
    condition = alltrue([for n in ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01", "tcp-alpha-default-node-02"] :
      yamldecode(yamldecode(proxmox_virtual_environment_file.user_data[n].source_raw[0].data).write_files[1].content).kind == "JoinConfiguration"
      && yamldecode(yamldecode(proxmox_virtual_environment_file.user_data[n].source_raw[0].data).write_files[1].content).nodeRegistration.name == n
      && strcontains(proxmox_virtual_environment_file.user_data[n].source_raw[0].data, "KUBEADM_CONFIG=")
      && !strcontains(proxmox_virtual_environment_file.user_data[n].source_raw[0].data, "JOIN_ASCP")
    ])
    error_message = "labels and taints need a JoinConfiguration per node passed with KUBEADM_CONFIG"
  }
}

run "zero_replicas" {
  command = plan

  variables {
    replicas = 0
  }

  assert {
    condition     = length(proxmox_virtual_environment_vm.this) == 0 && length(output.nodes) == 0 && length(output.node_names) == 0
    error_message = "zero replicas create no node"
  }
}

run "vm_ids_follow_the_index" {
  command = plan

  variables {
    proxmox = {
      node_name             = "pve"
      template_vm_id        = 9000
      datastore_id          = "local-lvm"
      snippets_datastore_id = "local"
      bridge                = "vmbr0"
      vm_id_start           = 4100
      vlan_id               = 20
      agent                 = true
    }
  }

  assert {
    condition     = [for n in ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01", "tcp-alpha-default-node-02"] : proxmox_virtual_environment_vm.this[n].vm_id] == [4100, 4101, 4102]
    error_message = "node i must get vm_id_start + i"
  }

  assert {
    condition     = proxmox_virtual_environment_vm.this["tcp-alpha-default-node-00"].network_device[0].vlan_id == 20 && proxmox_virtual_environment_vm.this["tcp-alpha-default-node-00"].agent[0].enabled && !proxmox_virtual_environment_vm.this["tcp-alpha-default-node-00"].stop_on_destroy
    error_message = "vlan_id and agent must be used"
  }
}

run "invalid_proxmox_names" {
  command = plan
  variables {
    proxmox = { node_name = "pve", template_vm_id = 9000, datastore_id = "local-lvm", snippets_datastore_id = "", bridge = "vmbr0" }
  }
  expect_failures = [var.proxmox]
}

run "invalid_proxmox_template_vm_id" {
  command = plan
  variables {
    proxmox = { node_name = "pve", template_vm_id = 99, datastore_id = "local-lvm", snippets_datastore_id = "local", bridge = "vmbr0" }
  }
  expect_failures = [var.proxmox]
}

run "invalid_proxmox_vm_id_start" {
  command = plan
  variables {
    proxmox = { node_name = "pve", template_vm_id = 9000, datastore_id = "local-lvm", snippets_datastore_id = "local", bridge = "vmbr0", vm_id_start = 50 }
  }
  expect_failures = [var.proxmox]
}

run "invalid_proxmox_disk_interface" {
  command = plan
  variables {
    proxmox = { node_name = "pve", template_vm_id = 9000, datastore_id = "local-lvm", snippets_datastore_id = "local", bridge = "vmbr0", disk_interface = "sda" }
  }
  expect_failures = [var.proxmox]
}

run "invalid_proxmox_vlan_id" {
  command = plan
  variables {
    proxmox = { node_name = "pve", template_vm_id = 9000, datastore_id = "local-lvm", snippets_datastore_id = "local", bridge = "vmbr0", vlan_id = 4095 }
  }
  expect_failures = [var.proxmox]
}

run "invalid_proxmox_tags" {
  command = plan
  variables {
    proxmox = { node_name = "pve", template_vm_id = 9000, datastore_id = "local-lvm", snippets_datastore_id = "local", bridge = "vmbr0", tags = ["Kamaji Pool"] }
  }
  expect_failures = [var.proxmox]
}

################################################################################
# Lifecycle: state carried between runs (apply on the mock provider)
################################################################################

run "create_three_nodes" {
  command = apply

  assert {
    condition     = length(output.nodes) == 3
    error_message = "three nodes must be created"
  }
}

run "scale_down_removes_the_highest_indices" {
  command = plan

  variables {
    replicas = 1
  }

  assert {
    condition     = keys(proxmox_virtual_environment_vm.this) == ["tcp-alpha-default-node-00"]
    error_message = "scaling down must keep node-00 only"
  }

  assert {
    condition     = output.nodes["tcp-alpha-default-node-00"].id == run.create_three_nodes.nodes["tcp-alpha-default-node-00"].id
    error_message = "node-00 must be kept as it is, not replaced"
  }
}

run "new_token_and_template_keep_existing_nodes" {
  command = plan

  variables {
    join_token         = "zyxwvu.9876543210zyxwvu"
    kubernetes_version = "v1.32.1"
    node_labels        = { "example.com/pool" = "default" }
    proxmox = {
      node_name             = "pve"
      template_vm_id        = 9001
      datastore_id          = "local-lvm"
      snippets_datastore_id = "local"
      bridge                = "vmbr0"
    }
  }

  assert {
    condition = alltrue([for n in ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01", "tcp-alpha-default-node-02"] :
      strcontains(proxmox_virtual_environment_file.user_data[n].source_raw[0].data, "JOIN_TOKEN='abcdef.0123456789abcdef'")
      && strcontains(proxmox_virtual_environment_file.user_data[n].source_raw[0].data, "KUBERNETES_VERSION='v1.31.4'")
      && !strcontains(proxmox_virtual_environment_file.user_data[n].source_raw[0].data, "zyxwvu")
      && !strcontains(proxmox_virtual_environment_file.user_data[n].source_raw[0].data, "JoinConfiguration")
    ])
    error_message = "existing nodes must keep the user data they were created with (ignore_changes)"
  }

  assert {
    condition     = alltrue([for vm in values(proxmox_virtual_environment_vm.this) : vm.clone[0].vm_id == 9000])
    error_message = "existing nodes must keep their template (ignore_changes)"
  }

  assert {
    condition     = alltrue([for n in ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01", "tcp-alpha-default-node-02"] : output.nodes[n].id == run.create_three_nodes.nodes[n].id])
    error_message = "existing nodes must stay in state"
  }
}
