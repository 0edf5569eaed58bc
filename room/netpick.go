package room

import (
	"net"
	"sort"
	"strings"
)

// Interface is what the address picker needs to know about one network
// interface: the fields of net.Interface and its addresses, kept as plain
// data so the choice can be tested without the machine's real network.
type Interface struct {
	Name  string
	Flags net.Flags
	Addrs []net.Addr
}

// Address is one LAN address the room can listen on.
type Address struct {
	// Interface is the name of the network interface, e.g. "wlan0".
	Interface string
	IP        net.IP
}

// String is the address as phones type it.
func (a Address) String() string { return a.IP.String() }

// virtualPrefixes name interfaces that phones in the room cannot reach:
// containers, virtual machine bridges and VPN tunnels. A laptop's own
// hotspot (e.g. "ap0", "wlan0", "Wi-Fi", "Local Area Connection* 2") is a
// real interface and is kept.
var virtualPrefixes = []string{"docker", "br-", "veth", "virbr", "tun", "tap", "wg", "tailscale", "zt", "utun", "vmnet", "vboxnet", "cni", "flannel", "podman", "lxc", "lxd"}

// PickAddresses returns the addresses phones on the same Wi-Fi can reach,
// best first: IPv4 before IPv6 (phones type IPv4), private ranges before
// others. Interfaces that are down, loopback, point-to-point (VPN) or
// named like containers and tunnels are skipped, as are link-local and
// multicast addresses.
func PickAddresses(ifaces []Interface) []Address {
	var out []Address
	for _, in := range ifaces {
		if in.Flags&net.FlagUp == 0 || in.Flags&net.FlagLoopback != 0 || in.Flags&net.FlagPointToPoint != 0 {
			continue
		}
		if isVirtual(in.Name) {
			continue
		}
		for _, a := range in.Addrs {
			ip := addrIP(a)
			if ip == nil || ip.IsLoopback() || ip.IsLinkLocalUnicast() || ip.IsMulticast() || ip.IsUnspecified() {
				continue
			}
			out = append(out, Address{Interface: in.Name, IP: ip})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return rank(out[i].IP) < rank(out[j].IP) })
	return out
}

// LANAddresses lists the machine's addresses that phones can reach, as
// PickAddresses chooses them.
func LANAddresses() ([]Address, error) {
	ifs, err := net.Interfaces()
	if err != nil {
		return nil, err
	}
	var in []Interface
	for _, i := range ifs {
		addrs, err := i.Addrs()
		if err != nil {
			continue // an interface that vanished while being listed
		}
		in = append(in, Interface{Name: i.Name, Flags: i.Flags, Addrs: addrs})
	}
	return PickAddresses(in), nil
}

func isVirtual(name string) bool {
	n := strings.ToLower(name)
	for _, p := range virtualPrefixes {
		if strings.HasPrefix(n, p) {
			return true
		}
	}
	return false
}

func addrIP(a net.Addr) net.IP {
	switch v := a.(type) {
	case *net.IPNet:
		return v.IP
	case *net.IPAddr:
		return v.IP
	}
	return nil
}

func rank(ip net.IP) int {
	switch {
	case ip.To4() != nil && ip.IsPrivate():
		return 0
	case ip.To4() != nil:
		return 1
	case ip.IsPrivate():
		return 2
	}
	return 3
}
