ip rule del priority 101 from 10.0.0.0/24 table 101 protocol kernel
