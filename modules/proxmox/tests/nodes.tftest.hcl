# Plan and apply against a mock provider, with the machines and user data modules/pool would
# give (its own tests cover names, addresses and cloud-init): the snippet and VM per machine,
# sizes, VM ids, what reaches the cloud-init drive, and that scaling down or new user data never
# touches the nodes that stay. A mock provider cannot answer "requires replacement", so the
# lifecycle runs check that the planned values of existing nodes stay those of the apply (which
# is what ignore_changes guarantees).

mock_provider "proxmox" {
  # The VM validates user_data_file_id as "<datastore>:<content type>/<file>".
  mock_resource "proxmox_virtual_environment_file" {
    defaults = { id = "local:snippets/user-data.yaml" }
  }
}

variables {
  pool = { control_plane = "tcp-alpha", name = "default" }
  machines = {
    "tcp-alpha-default-node-00" = { index = 0, cpus = 2, memory_mib = 4096, disk_gib = 40 }
    "tcp-alpha-default-node-01" = { index = 1, cpus = 2, memory_mib = 4096, disk_gib = 40 }
    "tcp-alpha-default-node-02" = { index = 2, cpus = 2, memory_mib = 4096, disk_gib = 40 }
  }
  user_data = {
    "tcp-alpha-default-node-00" = "#cloud-config\nhostname: tcp-alpha-default-node-00\n"
    "tcp-alpha-default-node-01" = "#cloud-config\nhostname: tcp-alpha-default-node-01\n"
    "tcp-alpha-default-node-02" = "#cloud-config\nhostname: tcp-alpha-default-node-02\n"
  }
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
    error_message = "one VM per machine, named after it"
  }

  assert {
    condition     = keys(proxmox_virtual_environment_file.user_data) == keys(proxmox_virtual_environment_vm.this)
    error_message = "one user data snippet per machine"
  }

  assert {
    condition = alltrue([for n, vm in proxmox_virtual_environment_vm.this :
      vm.name == n && vm.node_name == "pve" && vm.clone[0].vm_id == 9000 && vm.clone[0].full
      && vm.cpu[0].cores == 2 && vm.cpu[0].type == "x86-64-v2-AES" && vm.memory[0].dedicated == 4096
      && vm.disk[0].size == 40 && vm.disk[0].interface == "scsi0" && vm.disk[0].datastore_id == "local-lvm"
      && vm.network_device[0].bridge == "vmbr0"
      && vm.initialization[0].datastore_id == "local-lvm"
      && vm.initialization[0].ip_config[0].ipv4[0].address == "dhcp"
      && vm.initialization[0].ip_config[0].ipv4[0].gateway == null
      && length(vm.initialization[0].dns) == 0
      && vm.stop_on_destroy
      && vm.description == "Kamaji node pool tcp-alpha/default, managed by Terraform."
    ])
    error_message = "VM sizing, cloning and DHCP must follow the machines and the inputs"
  }

  assert {
    condition = alltrue([for n, f in proxmox_virtual_environment_file.user_data :
      f.content_type == "snippets" && f.datastore_id == "local" && f.node_name == "pve" && f.source_raw[0].file_name == "${n}-user-data.yaml"
      && f.source_raw[0].data == "#cloud-config\nhostname: ${n}\n"
    ])
    error_message = "each machine's user data must be a snippet holding exactly that user data"
  }
}

run "static_address_and_dns_reach_the_cloud_init_drive" {
  command = plan

  variables {
    machines = {
      "tcp-alpha-default-node-00" = {
        index          = 0
        cpus           = 4
        memory_mib     = 8192
        disk_gib       = 60
        ipv4           = { address = "10.0.0.254", prefix_length = 23, gateway = "10.0.0.1" }
        nameservers    = ["10.0.0.2", "10.0.0.3"]
        search_domains = ["example.com", "example.org"]
      }
    }
    user_data = { "tcp-alpha-default-node-00" = "#cloud-config\nhostname: tcp-alpha-default-node-00\n" }
  }

  assert {
    condition     = proxmox_virtual_environment_vm.this["tcp-alpha-default-node-00"].initialization[0].ip_config[0].ipv4[0].address == "10.0.0.254/23" && proxmox_virtual_environment_vm.this["tcp-alpha-default-node-00"].initialization[0].ip_config[0].ipv4[0].gateway == "10.0.0.1"
    error_message = "the machine's address/prefix and gateway must be set"
  }

  assert {
    condition     = proxmox_virtual_environment_vm.this["tcp-alpha-default-node-00"].initialization[0].dns[0].servers == tolist(["10.0.0.2", "10.0.0.3"]) && proxmox_virtual_environment_vm.this["tcp-alpha-default-node-00"].initialization[0].dns[0].domain == "example.com example.org"
    error_message = "DNS servers and the search domains (space separated) must be set"
  }

  assert {
    condition     = proxmox_virtual_environment_vm.this["tcp-alpha-default-node-00"].cpu[0].cores == 4 && proxmox_virtual_environment_vm.this["tcp-alpha-default-node-00"].memory[0].dedicated == 8192 && proxmox_virtual_environment_vm.this["tcp-alpha-default-node-00"].disk[0].size == 60
    error_message = "VM sizes must follow the machine"
  }

  assert {
    condition     = output.nodes["tcp-alpha-default-node-00"].ip_addresses == tolist(["10.0.0.254"])
    error_message = "the nodes output must show the static address"
  }
}

run "search_domains_without_nameservers" {
  command = plan

  variables {
    machines = {
      "tcp-alpha-default-node-00" = { index = 0, cpus = 2, memory_mib = 4096, disk_gib = 40, search_domains = ["example.com"] }
    }
  }

  assert {
    condition     = proxmox_virtual_environment_vm.this["tcp-alpha-default-node-00"].initialization[0].dns[0].domain == "example.com" && proxmox_virtual_environment_vm.this["tcp-alpha-default-node-00"].initialization[0].dns[0].servers == null
    error_message = "search domains alone set the dns block without servers"
  }
}

run "no_machines" {
  command = plan

  variables {
    machines  = {}
    user_data = {}
  }

  assert {
    condition     = length(proxmox_virtual_environment_vm.this) == 0 && length(proxmox_virtual_environment_file.user_data) == 0 && length(output.nodes) == 0
    error_message = "no machines, no snippet and no VM"
  }
}

run "vm_ids_follow_the_index" {
  command = plan

  variables {
    machines = {
      "tcp-alpha-default-node-00" = { index = 0, cpus = 2, memory_mib = 4096, disk_gib = 40 }
      "tcp-alpha-default-node-02" = { index = 2, cpus = 2, memory_mib = 4096, disk_gib = 40 }
    }
    proxmox = {
      node_name             = "pve"
      template_vm_id        = 9000
      datastore_id          = "local-lvm"
      snippets_datastore_id = "local"
      bridge                = "vmbr0"
      vm_id_start           = 4100
      template_node_name    = "pve2"
      full_clone            = false
      disk_interface        = "virtio0"
      cpu_type              = "host"
      vlan_id               = 20
      agent                 = true
      tags                  = ["kamaji"]
    }
  }

  assert {
    condition     = proxmox_virtual_environment_vm.this["tcp-alpha-default-node-00"].vm_id == 4100 && proxmox_virtual_environment_vm.this["tcp-alpha-default-node-02"].vm_id == 4102
    error_message = "a machine must get vm_id_start + its index"
  }

  assert {
    condition = alltrue([for vm in values(proxmox_virtual_environment_vm.this) :
      vm.network_device[0].vlan_id == 20 && vm.agent[0].enabled && !vm.stop_on_destroy
      && vm.clone[0].node_name == "pve2" && !vm.clone[0].full
      && vm.disk[0].interface == "virtio0" && vm.cpu[0].type == "host" && vm.tags == tolist(["kamaji"])
    ])
    error_message = "template_node_name, full_clone, disk_interface, cpu_type, vlan_id, agent and tags must be used"
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

  assert {
    condition     = alltrue([for n, vm in proxmox_virtual_environment_vm.this : vm.initialization[0].user_data_file_id == proxmox_virtual_environment_file.user_data[n].id])
    error_message = "each VM's cloud-init drive must use its own user data snippet"
  }
}

run "scale_down_removes_only_the_machines_gone" {
  command = plan

  variables {
    machines = { "tcp-alpha-default-node-00" = { index = 0, cpus = 2, memory_mib = 4096, disk_gib = 40 } }
  }

  assert {
    condition     = keys(proxmox_virtual_environment_vm.this) == ["tcp-alpha-default-node-00"] && keys(proxmox_virtual_environment_file.user_data) == ["tcp-alpha-default-node-00"]
    error_message = "scaling down must keep node-00 only"
  }

  assert {
    condition     = output.nodes["tcp-alpha-default-node-00"].id == run.create_three_nodes.nodes["tcp-alpha-default-node-00"].id
    error_message = "node-00 must be kept as it is, not replaced"
  }
}

run "new_user_data_and_template_keep_existing_nodes" {
  command = plan

  variables {
    user_data = {
      "tcp-alpha-default-node-00" = "#cloud-config\n# new join token\n"
      "tcp-alpha-default-node-01" = "#cloud-config\n# new join token\n"
      "tcp-alpha-default-node-02" = "#cloud-config\n# new join token\n"
    }
    proxmox = {
      node_name             = "pve"
      template_vm_id        = 9001
      datastore_id          = "local-lvm"
      snippets_datastore_id = "local"
      bridge                = "vmbr0"
    }
  }

  assert {
    condition     = alltrue([for n, f in proxmox_virtual_environment_file.user_data : f.source_raw[0].data == "#cloud-config\nhostname: ${n}\n"])
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
