// axe-core on every kind of page in the light colour scheme (the checks: axe-checks.ts).
import { describeAxeChecks } from "./axe-checks.ts"

describeAxeChecks("light")
