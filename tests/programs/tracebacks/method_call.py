class Account:
    def __init__(self):
        self.balance = 0

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {amount}")
        self.balance -= amount

acct = Account()
acct.withdraw(5)
