# Plan and apply against a mock provider: node names, counts, addressing, user data,
# and that scaling down or a new join token never touches the nodes that stay. A mock
# provider cannot answer "requires replacement", so the lifecycle runs check that the planned
# values of existing nodes stay those of the apply (which is what ignore_changes guarantees).

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
  control_plane      = "tcp-alpha"
  pool_name          = "default"
  replicas           = 3
  kubernetes_version = "v1.31.4"
  join_url           = "10.0.0.100:6443"
  join_token         = "abcdef.0123456789abcdef"
  join_ca_cert_hash  = "sha256:345959acb2c3b2feb87d281961c893f62a314207ef02599f1cc4a5fb255480b3"
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
    error_message = "three nodes named <control_plane>-<pool_name>-node-NN"
  }

  assert {
    condition     = output.node_names == ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01", "tcp-alpha-default-node-02"]
    error_message = "node_names output must list the nodes lowest index first"
  }

  assert {
    condition = alltrue([for n, vm in vsphere_virtual_machine.this :
      vm.num_cpus == 2 && vm.memory == 4096 && vm.disk[0].size == 40 && vm.disk[0].thin_provisioned
      && vm.clone[0].template_uuid == "42000000-0000-0000-0000-000000000001"
      && vm.resource_pool_id == "resgroup-1" && vm.datastore_id == "datastore-1"
      && vm.network_interface[0].network_id == "network-1" && vm.network_interface[0].adapter_type == "vmxnet3"
      && vm.guest_id == "ubuntu64Guest" && vm.scsi_type == "pvscsi"
    ])
    error_message = "VM sizing and placement must follow the inputs and the template"
  }

  assert {
    condition = alltrue([for n, vm in vsphere_virtual_machine.this :
      vm.extra_config["guestinfo.userdata.encoding"] == "base64" && vm.extra_config["guestinfo.metadata.encoding"] == "base64"
      && yamldecode(base64decode(vm.extra_config["guestinfo.metadata"])) == { "instance-id" = n, "local-hostname" = n }
    ])
    error_message = "GuestInfo metadata must name the instance and carry no network config with DHCP"
  }

  assert {
    condition = alltrue([for n in ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01", "tcp-alpha-default-node-02"] :
      startswith(base64decode(vsphere_virtual_machine.this[n].extra_config["guestinfo.userdata"]), "#cloud-config\n")
      && yamldecode(base64decode(vsphere_virtual_machine.this[n].extra_config["guestinfo.userdata"])).hostname == n
      && yamldecode(base64decode(vsphere_virtual_machine.this[n].extra_config["guestinfo.userdata"])).fqdn == n
    ])
    error_message = "each node's user data is a cloud-config setting its own hostname"
  }

  assert {
    condition = alltrue([for n in ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01", "tcp-alpha-default-node-02"] :
      !strcontains(base64decode(vsphere_virtual_machine.this[n].extra_config["guestinfo.userdata"]), "JOIN_ASCP")
      && !strcontains(base64decode(vsphere_virtual_machine.this[n].extra_config["guestinfo.userdata"]), "JoinConfiguration")
      && strcontains(base64decode(vsphere_virtual_machine.this[n].extra_config["guestinfo.userdata"]), "JOIN_TOKEN='abcdef.0123456789abcdef'")
      && strcontains(base64decode(vsphere_virtual_machine.this[n].extra_config["guestinfo.userdata"]), "KUBERNETES_VERSION='v1.31.4'")
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
      yamldecode(base64decode(yamldecode(base64decode(vsphere_virtual_machine.this[n].extra_config["guestinfo.metadata"])).network)).ethernets.primary.addresses[0]
    ] == ["10.0.0.254/23", "10.0.0.255/23", "10.0.1.0/23"]
    error_message = "node i must get first_address + i in the GuestInfo network config, across the octet boundary"
  }

  assert {
    condition     = yamldecode(base64decode(vsphere_virtual_machine.this["tcp-alpha-default-node-02"].extra_config["guestinfo.metadata"]))["network.encoding"] == "base64"
    error_message = "the network config is base64 in the metadata"
  }

  assert {
    condition     = yamldecode(base64decode(yamldecode(base64decode(vsphere_virtual_machine.this["tcp-alpha-default-node-02"].extra_config["guestinfo.metadata"])).network)).ethernets.primary.routes == [{ to = "0.0.0.0/0", via = "10.0.0.1" }]
    error_message = "the gateway must be the default route"
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
      yamldecode(yamldecode(base64decode(vsphere_virtual_machine.this[n].extra_config["guestinfo.userdata"])).write_files[1].content).kind == "JoinConfiguration"
      && yamldecode(yamldecode(base64decode(vsphere_virtual_machine.this[n].extra_config["guestinfo.userdata"])).write_files[1].content).nodeRegistration.name == n
      && strcontains(base64decode(vsphere_virtual_machine.this[n].extra_config["guestinfo.userdata"]), "KUBEADM_CONFIG=")
      && !strcontains(base64decode(vsphere_virtual_machine.this[n].extra_config["guestinfo.userdata"]), "JOIN_ASCP")
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
    condition     = length(vsphere_virtual_machine.this) == 0 && length(output.nodes) == 0 && length(output.node_names) == 0
    error_message = "zero replicas create no node"
  }
}

run "disk_is_never_smaller_than_the_template" {
  command = plan

  variables {
    disk_gib = 10
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

run "nic_name_names_the_interface" {
  command = plan

  variables {
    static_ipv4 = { first_address = "10.0.0.10", last_address = "10.0.0.19", prefix_length = 24, gateway = "10.0.0.1" }
    vsphere = {
      datacenter = "DC0"
      cluster    = "DC0_C0"
      datastore  = "LocalDS_0"
      network    = "VM Network"
      template   = "ubuntu-2404-cloudinit"
      nic_name   = "ens192"
    }
  }

  assert {
    condition     = keys(yamldecode(base64decode(yamldecode(base64decode(vsphere_virtual_machine.this["tcp-alpha-default-node-00"].extra_config["guestinfo.metadata"])).network)).ethernets) == ["ens192"]
    error_message = "nic_name must name the interface in the network config"
  }
}

run "invalid_vsphere_nic_name" {
  command = plan
  variables {
    vsphere = { datacenter = "DC0", cluster = "DC0_C0", datastore = "LocalDS_0", network = "VM Network", template = "t", nic_name = "a very long nic name" }
  }
  expect_failures = [var.vsphere]
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

run "scale_down_removes_the_highest_indices" {
  command = plan

  variables {
    replicas = 1
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

run "new_token_and_template_keep_existing_nodes" {
  command = plan

  variables {
    join_token         = "zyxwvu.9876543210zyxwvu"
    kubernetes_version = "v1.32.1"
    node_labels        = { "example.com/pool" = "default" }
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
    condition = alltrue([for n in ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01", "tcp-alpha-default-node-02"] :
      strcontains(base64decode(vsphere_virtual_machine.this[n].extra_config["guestinfo.userdata"]), "JOIN_TOKEN='abcdef.0123456789abcdef'")
      && strcontains(base64decode(vsphere_virtual_machine.this[n].extra_config["guestinfo.userdata"]), "KUBERNETES_VERSION='v1.31.4'")
      && !strcontains(base64decode(vsphere_virtual_machine.this[n].extra_config["guestinfo.userdata"]), "zyxwvu")
      && !strcontains(base64decode(vsphere_virtual_machine.this[n].extra_config["guestinfo.userdata"]), "JoinConfiguration")
    ])
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
