// Command etcd is the etcd server, built by scripts/toolchain.sh from the
// go.etcd.io/etcd/server/v3 version pinned in go.mod. It lives in its own
// module because etcd's dependency versions clash with Kubernetes'.
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() {
	etcdmain.Main(os.Args)
}
