# Plan and apply against a mock provider: node names, counts, addressing, user data,
# and that scaling down or a new join token never touches the nodes that stay. A mock
# provider cannot answer "requires replacement", so the lifecycle runs check that the planned
# values of existing nodes stay those of the apply (which is what ignore_changes guarantees).

mock_provider "vcd" {
  mock_data "vcd_catalog" {
    defaults = { id = "urn:vcloud:catalog:00000000-0000-0000-0000-000000000001" }
  }
  mock_data "vcd_catalog_vapp_template" {
    defaults = { id = "urn:vcloud:vapptemplate:00000000-0000-0000-0000-000000000001" }
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
    error_message = "three nodes named <control_plane>-<pool_name>-node-NN"
  }

  assert {
    condition     = output.node_names == ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01", "tcp-alpha-default-node-02"]
    error_message = "node_names output must list the nodes lowest index first"
  }

  assert {
    condition = alltrue([for n, vm in vcd_vapp_vm.this :
      vm.cpus == 2 && vm.memory == 4096 && vm.computer_name == n
      && vm.vapp_name == "tcp-alpha-default"
      && vm.vapp_template_id == "urn:vcloud:vapptemplate:00000000-0000-0000-0000-000000000001"
      && vm.network[0].type == "org" && vm.network[0].name == "workers" && vm.network[0].ip_allocation_mode == "DHCP"
      && one(vm.override_template_disk).size_in_mb == 40960
    ])
    error_message = "VM sizing and placement must follow the inputs"
  }

  assert {
    condition = alltrue([for n, vm in vcd_vapp_vm.this :
      vm.guest_properties["instance-id"] == n && vm.guest_properties["hostname"] == n && !contains(keys(vm.guest_properties), "network-config")
    ])
    error_message = "OVF properties must name the instance and carry no network config with DHCP"
  }

  assert {
    condition     = vcd_vapp.this.name == "tcp-alpha-default" && vcd_vapp_org_network.this.org_network_name == "workers"
    error_message = "the vApp is <control_plane>-<pool_name> with the org network attached"
  }

  assert {
    condition = alltrue([for n in ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01", "tcp-alpha-default-node-02"] :
      startswith(base64decode(vcd_vapp_vm.this[n].guest_properties["user-data"]), "#cloud-config\n")
      && yamldecode(base64decode(vcd_vapp_vm.this[n].guest_properties["user-data"])).hostname == n
      && yamldecode(base64decode(vcd_vapp_vm.this[n].guest_properties["user-data"])).fqdn == n
    ])
    error_message = "each node's user data is a cloud-config setting its own hostname"
  }

  assert {
    condition = alltrue([for n in ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01", "tcp-alpha-default-node-02"] :
      !strcontains(base64decode(vcd_vapp_vm.this[n].guest_properties["user-data"]), "JOIN_ASCP")
      && !strcontains(base64decode(vcd_vapp_vm.this[n].guest_properties["user-data"]), "JoinConfiguration")
      && strcontains(base64decode(vcd_vapp_vm.this[n].guest_properties["user-data"]), "JOIN_TOKEN='abcdef.0123456789abcdef'")
      && strcontains(base64decode(vcd_vapp_vm.this[n].guest_properties["user-data"]), "KUBERNETES_VERSION='v1.31.4'")
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
    condition     = [for n in ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01", "tcp-alpha-default-node-02"] : vcd_vapp_vm.this[n].network[0].ip] == ["10.0.0.254", "10.0.0.255", "10.0.1.0"]
    error_message = "node i must get first_address + i, across the octet boundary"
  }

  assert {
    condition     = alltrue([for vm in values(vcd_vapp_vm.this) : vm.network[0].ip_allocation_mode == "MANUAL"])
    error_message = "static addresses use MANUAL allocation"
  }

  assert {
    condition     = yamldecode(base64decode(vcd_vapp_vm.this["tcp-alpha-default-node-02"].guest_properties["network-config"])).network.ethernets.primary.addresses == ["10.0.1.0/23"]
    error_message = "the OVF network-config property must carry the address under a top-level network key"
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
      yamldecode(yamldecode(base64decode(vcd_vapp_vm.this[n].guest_properties["user-data"])).write_files[1].content).kind == "JoinConfiguration"
      && yamldecode(yamldecode(base64decode(vcd_vapp_vm.this[n].guest_properties["user-data"])).write_files[1].content).nodeRegistration.name == n
      && strcontains(base64decode(vcd_vapp_vm.this[n].guest_properties["user-data"]), "KUBEADM_CONFIG=")
      && !strcontains(base64decode(vcd_vapp_vm.this[n].guest_properties["user-data"]), "JOIN_ASCP")
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
    condition     = length(vcd_vapp_vm.this) == 0 && length(output.nodes) == 0 && length(output.node_names) == 0
    error_message = "zero replicas create no node"
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

run "nic_name_names_the_interface" {
  command = plan

  variables {
    static_ipv4 = { first_address = "10.0.0.10", last_address = "10.0.0.19", prefix_length = 24, gateway = "10.0.0.1" }
    vcd = {
      catalog  = "kamaji-templates"
      template = "ubuntu-2404-cloudinit"
      network  = "workers"
      nic_name = "ens192"
    }
  }

  assert {
    condition     = keys(yamldecode(base64decode(vcd_vapp_vm.this["tcp-alpha-default-node-00"].guest_properties["network-config"])).network.ethernets) == ["ens192"]
    error_message = "nic_name must name the interface in the network config"
  }
}

run "invalid_vcd_nic_name" {
  command = plan
  variables {
    vcd = { catalog = "c", template = "t", network = "n", nic_name = "eth0; reboot" }
  }
  expect_failures = [var.vcd]
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

run "scale_down_removes_the_highest_indices" {
  command = plan

  variables {
    replicas = 1
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

run "new_token_and_template_keep_existing_nodes" {
  command = plan

  variables {
    join_token         = "zyxwvu.9876543210zyxwvu"
    kubernetes_version = "v1.32.1"
    node_labels        = { "example.com/pool" = "default" }
  }

  override_data {
    target = data.vcd_catalog_vapp_template.this
    values = { id = "urn:vcloud:vapptemplate:00000000-0000-0000-0000-000000000002" }
  }

  assert {
    condition = alltrue([for n in ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01", "tcp-alpha-default-node-02"] :
      strcontains(base64decode(vcd_vapp_vm.this[n].guest_properties["user-data"]), "JOIN_TOKEN='abcdef.0123456789abcdef'")
      && strcontains(base64decode(vcd_vapp_vm.this[n].guest_properties["user-data"]), "KUBERNETES_VERSION='v1.31.4'")
      && !strcontains(base64decode(vcd_vapp_vm.this[n].guest_properties["user-data"]), "zyxwvu")
      && !strcontains(base64decode(vcd_vapp_vm.this[n].guest_properties["user-data"]), "JoinConfiguration")
    ])
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
