ip link del doublezero0
