ip link add doublezero0 type gre local 192.0.2.1 remote 198.51.100.1 ttl 64
