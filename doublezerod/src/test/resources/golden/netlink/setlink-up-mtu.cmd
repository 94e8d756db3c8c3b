ip link set dev doublezero0 up mtu 1476
