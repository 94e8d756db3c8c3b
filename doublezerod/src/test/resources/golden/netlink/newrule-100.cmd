ip rule add priority 100 to 10.0.0.0/24 table 100 protocol kernel
