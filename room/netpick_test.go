package room

import (
	"net"
	"testing"
)

func ipnet(s string) net.Addr {
	ip, n, err := net.ParseCIDR(s)
	if err != nil {
		panic(err)
	}
	n.IP = ip
	return n
}

func TestPickAddresses_SkipsLoopbackContainersAndVPNs(t *testing.T) {
	up := net.FlagUp | net.FlagBroadcast | net.FlagMulticast
	ifs := []Interface{
		{Name: "lo", Flags: net.FlagUp | net.FlagLoopback, Addrs: []net.Addr{ipnet("127.0.0.1/8"), ipnet("::1/128")}},
		{Name: "docker0", Flags: up, Addrs: []net.Addr{ipnet("172.17.0.1/16")}},
		{Name: "br-4f2a", Flags: up, Addrs: []net.Addr{ipnet("172.18.0.1/16")}},
		{Name: "veth12ab", Flags: up, Addrs: []net.Addr{ipnet("169.254.3.3/16")}},
		{Name: "virbr0", Flags: up, Addrs: []net.Addr{ipnet("192.168.122.1/24")}},
		{Name: "tun0", Flags: up, Addrs: []net.Addr{ipnet("10.8.0.2/24")}},
		{Name: "tap1", Flags: up, Addrs: []net.Addr{ipnet("10.9.0.2/24")}},
		{Name: "wg0", Flags: up, Addrs: []net.Addr{ipnet("10.10.0.2/24")}},
		{Name: "tailscale0", Flags: up, Addrs: []net.Addr{ipnet("100.64.1.2/10")}},
		{Name: "ztabcdef", Flags: up, Addrs: []net.Addr{ipnet("10.147.17.5/24")}},
		{Name: "ppp0", Flags: net.FlagUp | net.FlagPointToPoint, Addrs: []net.Addr{ipnet("10.64.0.9/32")}},
		{Name: "eth1", Flags: net.FlagBroadcast, Addrs: []net.Addr{ipnet("192.168.7.7/24")}}, // down
		{Name: "wlan0", Flags: up, Addrs: []net.Addr{ipnet("fe80::1/64"), ipnet("fd00::5/64"), ipnet("192.168.1.23/24")}},
		{Name: "ap0", Flags: up, Addrs: []net.Addr{ipnet("10.42.0.1/24")}}, // the laptop's hotspot
	}
	got := PickAddresses(ifs)
	want := []string{"wlan0 192.168.1.23", "ap0 10.42.0.1", "wlan0 fd00::5"}
	if len(got) != len(want) {
		t.Fatalf("picked %v, want %v", got, want)
	}
	for i, a := range got {
		if s := a.Interface + " " + a.String(); s != want[i] {
			t.Errorf("choice %d is %s, want %s", i, s, want[i])
		}
	}
}

func TestPickAddresses_NothingWhenOnlyLoopback(t *testing.T) {
	got := PickAddresses([]Interface{{Name: "lo", Flags: net.FlagUp | net.FlagLoopback, Addrs: []net.Addr{ipnet("127.0.0.1/8")}}})
	if len(got) != 0 {
		t.Fatalf("picked %v on a machine with only loopback", got)
	}
}
