ip route replace default via 169.254.0.0 src 10.0.0.5 table 101
