"""The shared counter PC: signing out and switching user, locking when idle, first start."""
