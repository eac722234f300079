# Plan and apply against a mock provider, with the machines and user data modules/pool would
# give (its own tests cover names, addresses and cloud-init): placement, sizes, what reaches the
# GuestInfo datasource, and that scaling down or new user data never touches the nodes that stay.
# A mock provider cannot answer "requires replacement", so the lifecycle runs check that the
# planned values of existing nodes stay those of the apply (which is what ignore_changes guarantees).

mock_provider "vsphere" {
  mock_data "vsphere_datacenter" {
    defaults = { id = "datacenter-1" }
  }
  mock_data "vsphere_compute_cluster" {
    defaults = { id = "domain-c1", resource_pool_id = "resgroup-1" }
  }
  mock_data "vsphere_resource_pool" {
    defaults = { id = "resgroup-2" }
  }
  mock_data "vsphere_datastore" {
    defaults = { id = "datastore-1" }
  }
  mock_data "vsphere_network" {
    defaults = { id = "network-1" }
  }
  mock_data "vsphere_virtual_machine" {
    defaults = {
      id                      = "42000000-0000-0000-0000-000000000001"
      guest_id                = "ubuntu64Guest"
      scsi_type               = "pvscsi"
      network_interface_types = ["vmxnet3"]
      disks                   = [{ size = 20, eagerly_scrub = false, thin_provisioned = true, label = "Hard disk 1", unit_number = 0 }]
    }
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
  vsphere = {
    datacenter = "DC0"
    cluster    = "DC0_C0"
    datastore  = "LocalDS_0"
    network    = "VM Network"
    template   = "ubuntu-2404-cloudinit"
  }
}

run "dhcp_nodes" {
  command = plan

  assert {
    condition     = keys(vsphere_virtual_machine.this) == ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01", "tcp-alpha-default-node-02"]
    error_message = "one VM per machine, named after it"
  }

  assert {
    condition = alltrue([for n, vm in vsphere_virtual_machine.this :
      vm.name == n && vm.num_cpus == 2 && vm.memory == 4096 && vm.disk[0].size == 40 && vm.disk[0].thin_provisioned
      && vm.clone[0].template_uuid == "42000000-0000-0000-0000-000000000001"
      && vm.resource_pool_id == "resgroup-1" && vm.datastore_id == "datastore-1"
      && vm.network_interface[0].network_id == "network-1" && vm.network_interface[0].adapter_type == "vmxnet3"
      && vm.guest_id == "ubuntu64Guest" && vm.scsi_type == "pvscsi"
      && vm.annotation == "Kamaji node pool tcp-alpha/default, managed by Terraform."
    ])
    error_message = "VM sizing and placement must follow the machines, the inputs and the template"
  }

  assert {
    condition = alltrue([for n, vm in vsphere_virtual_machine.this :
      vm.extra_config["guestinfo.userdata.encoding"] == "base64" && vm.extra_config["guestinfo.metadata.encoding"] == "base64"
      && yamldecode(base64decode(vm.extra_config["guestinfo.metadata"])) == { "instance-id" = n, "local-hostname" = n }
      && base64decode(vm.extra_config["guestinfo.userdata"]) == "#cloud-config\nhostname: ${n}\n"
    ])
    error_message = "each VM gets its own user data and metadata naming the instance, without network config for DHCP"
  }
}

run "static_address_reaches_the_metadata" {
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
    }
  }

  assert {
    condition     = base64decode(yamldecode(base64decode(vsphere_virtual_machine.this["tcp-alpha-default-node-00"].extra_config["guestinfo.metadata"])).network) == "version: 2\nethernets:\n  ens192:\n    addresses: [10.0.0.10/24]\n"
    error_message = "the machine's network config goes base64 into the GuestInfo metadata"
  }

  assert {
    condition     = yamldecode(base64decode(vsphere_virtual_machine.this["tcp-alpha-default-node-00"].extra_config["guestinfo.metadata"]))["network.encoding"] == "base64"
    error_message = "the network config is marked base64 in the metadata"
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
    condition     = length(vsphere_virtual_machine.this) == 0 && length(output.nodes) == 0
    error_message = "no machines, no VM"
  }
}

run "disk_is_never_smaller_than_the_template" {
  command = plan

  variables {
    machines = { "tcp-alpha-default-node-00" = { cpus = 2, memory_mib = 4096, disk_gib = 10 } }
  }

  assert {
    condition     = vsphere_virtual_machine.this["tcp-alpha-default-node-00"].disk[0].size == 20
    error_message = "the disk must keep the template's 20 GiB"
  }
}

run "resource_pool_and_folder" {
  command = plan

  variables {
    vsphere = {
      datacenter    = "DC0"
      cluster       = "DC0_C0"
      datastore     = "LocalDS_0"
      network       = "VM Network"
      template      = "ubuntu-2404-cloudinit"
      folder        = "kamaji/tcp-alpha"
      resource_pool = "workers"
    }
  }

  assert {
    condition     = vsphere_virtual_machine.this["tcp-alpha-default-node-00"].resource_pool_id == "resgroup-2" && vsphere_virtual_machine.this["tcp-alpha-default-node-00"].folder == "kamaji/tcp-alpha"
    error_message = "resource_pool and folder must be used"
  }
}

run "invalid_vsphere_names" {
  command = plan
  variables {
    vsphere = { datacenter = "DC0", cluster = "", datastore = "LocalDS_0", network = "VM Network", template = "t" }
  }
  expect_failures = [var.vsphere]
}

run "invalid_vsphere_wait_timeout" {
  command = plan
  variables {
    vsphere = { datacenter = "DC0", cluster = "DC0_C0", datastore = "LocalDS_0", network = "VM Network", template = "t", wait_for_guest_net_timeout = -1 }
  }
  expect_failures = [var.vsphere]
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
    condition     = keys(vsphere_virtual_machine.this) == ["tcp-alpha-default-node-00"]
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
    target = data.vsphere_virtual_machine.template
    values = {
      id                      = "42000000-0000-0000-0000-000000000002"
      guest_id                = "ubuntu64Guest"
      scsi_type               = "pvscsi"
      network_interface_types = ["vmxnet3"]
      disks                   = [{ size = 20, eagerly_scrub = false, thin_provisioned = true, label = "Hard disk 1", unit_number = 0 }]
    }
  }

  assert {
    condition     = alltrue([for n, vm in vsphere_virtual_machine.this : base64decode(vm.extra_config["guestinfo.userdata"]) == "#cloud-config\nhostname: ${n}\n"])
    error_message = "existing nodes must keep the user data they were created with (ignore_changes)"
  }

  assert {
    condition     = alltrue([for vm in values(vsphere_virtual_machine.this) : vm.clone[0].template_uuid == "42000000-0000-0000-0000-000000000001"])
    error_message = "existing nodes must keep their template (ignore_changes)"
  }

  assert {
    condition     = alltrue([for n in ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01", "tcp-alpha-default-node-02"] : output.nodes[n].id == run.create_three_nodes.nodes[n].id])
    error_message = "existing nodes must stay in state"
  }
}
