// axe-core on every kind of page in the dark colour scheme (the checks: axe-checks.ts).
import { describeAxeChecks } from "./axe-checks.ts"

describeAxeChecks("dark")
