ip route del 4.4.4.4/32 via 169.254.0.0 src 10.0.0.5 proto bgp table main
