# Plan and apply against a mock provider, with the machines and user data modules/pool would
# give (its own tests cover names, addresses, validations and cloud-init): the vApp, sizes, NIC
# allocation, what reaches the OVF datasource, and that scaling down or new user data never
# touches the nodes that stay. A mock provider cannot answer "requires replacement", so the
# lifecycle runs check that the planned values of existing nodes stay those of the apply (which
# is what ignore_changes guarantees).

mock_provider "vcd" {
  mock_data "vcd_catalog" {
    defaults = { id = "urn:vcloud:catalog:00000000-0000-0000-0000-000000000001" }
  }
  mock_data "vcd_catalog_vapp_template" {
    defaults = { id = "urn:vcloud:vapptemplate:00000000-0000-0000-0000-000000000001" }
  }
}

variables {
  pool = { control_plane = "tcp-alpha", name = "default" }
  machines = {
    "tcp-alpha-default-node-00" = { cpus = 2, memory_mib = 4096, disk_gib = 40 }
    "tcp-alpha-default-node-01" = { cpus = 2, memory_mib = 4096, disk_gib = 40 }
    "tcp-alpha-default-node-02" = { cpus = 2, memory_mib = 4096, disk_gib = 40 }
  }
  user_data = {
    "tcp-alpha-default-node-00" = "#cloud-config\nhostname: tcp-alpha-default-node-00\n"
    "tcp-alpha-default-node-01" = "#cloud-config\nhostname: tcp-alpha-default-node-01\n"
    "tcp-alpha-default-node-02" = "#cloud-config\nhostname: tcp-alpha-default-node-02\n"
  }
  vcd = {
    catalog  = "kamaji-templates"
    template = "ubuntu-2404-cloudinit"
    network  = "workers"
  }
}

run "dhcp_nodes" {
  command = plan

  assert {
    condition     = keys(vcd_vapp_vm.this) == ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01", "tcp-alpha-default-node-02"]
    error_message = "one VM per machine, named after it"
  }

  assert {
    condition = alltrue([for n, vm in vcd_vapp_vm.this :
      vm.name == n && vm.computer_name == n && vm.cpus == 2 && vm.memory == 4096
      && vm.vapp_name == "tcp-alpha-default"
      && vm.vapp_template_id == "urn:vcloud:vapptemplate:00000000-0000-0000-0000-000000000001"
      && vm.description == "Kamaji node ${n} of pool tcp-alpha/default."
      && vm.network[0].type == "org" && vm.network[0].name == "workers" && vm.network[0].ip_allocation_mode == "DHCP"
      && vm.network[0].adapter_type == "VMXNET3" && vm.network[0].is_primary
      && one(vm.override_template_disk).size_in_mb == 40960
    ])
    error_message = "VM sizing and placement must follow the machines and the inputs"
  }

  assert {
    condition     = vcd_vapp.this.name == "tcp-alpha-default" && vcd_vapp.this.description == "Kamaji node pool tcp-alpha/default, managed by Terraform." && vcd_vapp_org_network.this.org_network_name == "workers"
    error_message = "the vApp is <control_plane>-<pool_name> with the org network attached"
  }

  assert {
    condition = alltrue([for n, vm in vcd_vapp_vm.this :
      vm.guest_properties["instance-id"] == n && vm.guest_properties["hostname"] == n
      && base64decode(vm.guest_properties["user-data"]) == "#cloud-config\nhostname: ${n}\n"
      && !contains(keys(vm.guest_properties), "network-config")
    ])
    error_message = "each VM gets its own user data and OVF properties naming the instance, without network config for DHCP"
  }

  assert {
    condition     = output.vapp_name == "tcp-alpha-default"
    error_message = "the vapp_name output must name the vApp"
  }
}

run "static_address_uses_manual_allocation" {
  command = plan

  variables {
    machines = {
      "tcp-alpha-default-node-00" = {
        cpus           = 2
        memory_mib     = 4096
        disk_gib       = 40
        ipv4           = { address = "10.0.0.10" }
        network_config = "version: 2\nethernets:\n  ens192:\n    addresses: [10.0.0.10/24]\n"
      }
      "tcp-alpha-default-node-01" = { cpus = 2, memory_mib = 4096, disk_gib = 40 }
    }
    user_data = {
      "tcp-alpha-default-node-00" = "#cloud-config\nhostname: tcp-alpha-default-node-00\n"
      "tcp-alpha-default-node-01" = "#cloud-config\nhostname: tcp-alpha-default-node-01\n"
    }
  }

  assert {
    condition     = vcd_vapp_vm.this["tcp-alpha-default-node-00"].network[0].ip_allocation_mode == "MANUAL" && vcd_vapp_vm.this["tcp-alpha-default-node-00"].network[0].ip == "10.0.0.10"
    error_message = "a machine with an address gets MANUAL allocation with that address"
  }

  assert {
    condition     = vcd_vapp_vm.this["tcp-alpha-default-node-01"].network[0].ip_allocation_mode == "DHCP" && !contains(keys(vcd_vapp_vm.this["tcp-alpha-default-node-01"].guest_properties), "network-config")
    error_message = "a machine without an address keeps vcd.ip_allocation_mode and gets no network config"
  }

  assert {
    condition     = yamldecode(base64decode(vcd_vapp_vm.this["tcp-alpha-default-node-00"].guest_properties["network-config"])) == { network = { version = 2, ethernets = { ens192 = { addresses = ["10.0.0.10/24"] } } } }
    error_message = "the OVF network-config property must carry the machine's network config under a top-level network key, base64"
  }

  assert {
    condition     = output.nodes["tcp-alpha-default-node-00"].ip_addresses == tolist(["10.0.0.10"])
    error_message = "the nodes output must show the static address"
  }
}

run "no_machines" {
  command = plan

  variables {
    machines  = {}
    user_data = {}
  }

  assert {
    condition     = length(vcd_vapp_vm.this) == 0 && length(output.nodes) == 0
    error_message = "no machines, no VM"
  }
}

run "override_template_disk_follows_the_machine" {
  command = plan

  variables {
    machines = { "tcp-alpha-default-node-00" = { cpus = 4, memory_mib = 8192, disk_gib = 60 } }
    vcd = {
      catalog                = "kamaji-templates"
      template               = "ubuntu-2404-cloudinit"
      network                = "workers"
      storage_profile        = "gold"
      override_template_disk = { bus_type = "sata", unit_number = 1 }
    }
  }

  assert {
    condition = alltrue([for vm in values(vcd_vapp_vm.this) :
      vm.cpus == 4 && vm.memory == 8192 && vm.storage_profile == "gold"
      && one(vm.override_template_disk).size_in_mb == 61440 && one(vm.override_template_disk).storage_profile == "gold"
      && one(vm.override_template_disk).bus_type == "sata" && one(vm.override_template_disk).bus_number == 0 && one(vm.override_template_disk).unit_number == 1
    ])
    error_message = "the template disk is resized to the machine's disk_gib on the bus and unit of override_template_disk"
  }
}

run "vapp_name_and_pool_allocation" {
  command = plan

  variables {
    vcd = {
      catalog            = "kamaji-templates"
      template           = "ubuntu-2404-cloudinit"
      network            = "workers"
      vapp_name          = "kamaji-workers"
      ip_allocation_mode = "POOL"
      resize_disk        = false
    }
  }

  assert {
    condition     = vcd_vapp.this.name == "kamaji-workers" && vcd_vapp_vm.this["tcp-alpha-default-node-00"].network[0].ip_allocation_mode == "POOL"
    error_message = "vapp_name and ip_allocation_mode must be used"
  }

  assert {
    condition     = length(vcd_vapp_vm.this["tcp-alpha-default-node-00"].override_template_disk) == 0
    error_message = "resize_disk = false keeps the template disk"
  }
}

run "invalid_vcd_names" {
  command = plan
  variables {
    vcd = { catalog = "", template = "t", network = "n" }
  }
  expect_failures = [var.vcd]
}

run "invalid_vcd_ip_allocation_mode" {
  command = plan
  variables {
    vcd = { catalog = "c", template = "t", network = "n", ip_allocation_mode = "MANUAL" }
  }
  expect_failures = [var.vcd]
}

run "invalid_vcd_vapp_name" {
  command = plan
  variables {
    vcd = { catalog = "c", template = "t", network = "n", vapp_name = "a/b" }
  }
  expect_failures = [var.vcd]
}

run "invalid_vcd_disk_bus_type" {
  command = plan
  variables {
    vcd = { catalog = "c", template = "t", network = "n", override_template_disk = { bus_type = "scsi" } }
  }
  expect_failures = [var.vcd]
}

run "invalid_vcd_dhcp_wait" {
  command = plan
  variables {
    vcd = { catalog = "c", template = "t", network = "n", network_dhcp_wait_seconds = -5 }
  }
  expect_failures = [var.vcd]
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

run "scale_down_removes_only_the_machines_gone" {
  command = plan

  variables {
    machines = { "tcp-alpha-default-node-00" = { cpus = 2, memory_mib = 4096, disk_gib = 40 } }
  }

  assert {
    condition     = keys(vcd_vapp_vm.this) == ["tcp-alpha-default-node-00"]
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
  }

  override_data {
    target = data.vcd_catalog_vapp_template.this
    values = { id = "urn:vcloud:vapptemplate:00000000-0000-0000-0000-000000000002" }
  }

  assert {
    condition     = alltrue([for n, vm in vcd_vapp_vm.this : base64decode(vm.guest_properties["user-data"]) == "#cloud-config\nhostname: ${n}\n"])
    error_message = "existing nodes must keep the user data they were created with (ignore_changes)"
  }

  assert {
    condition     = alltrue([for vm in values(vcd_vapp_vm.this) : vm.vapp_template_id == "urn:vcloud:vapptemplate:00000000-0000-0000-0000-000000000001"])
    error_message = "existing nodes must keep their template (ignore_changes)"
  }

  assert {
    condition     = alltrue([for n in ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01", "tcp-alpha-default-node-02"] : output.nodes[n].id == run.create_three_nodes.nodes[n].id])
    error_message = "existing nodes must stay in state"
  }
}
