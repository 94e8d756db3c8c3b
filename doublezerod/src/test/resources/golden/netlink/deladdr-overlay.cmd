ip addr del 169.254.0.1/31 dev doublezero0
