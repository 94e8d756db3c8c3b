ip addr add 10.0.0.5/32 dev doublezero0
