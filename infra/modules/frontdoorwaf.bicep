// Web application firewall on the Front Door endpoint: rate limits per client address on every path
// the functions answer. Front Door counts per socket address, the same address the app hashes
// (X-Azure-SocketIP). Custom rules work on the Standard tier; managed rule sets would need Premium.
//
// Why the limits are this high: Vietnamese mobile networks put many phones behind one IPv4 address
// (carrier-grade NAT), and an office's Wi-Fi puts all of its visitors behind one more. One address
// can be hundreds of honest citizens at once, so each limit is what a few hundred people behind one
// address could send in the window, far above one person and far below a script in a loop.
// (IPv6 phones each have an address of their own; the limits only bite on shared IPv4.) Front Door
// counts on each of its servers and syncs them, so limits under about 200 a minute are approximate.

@description('Product name used in resource names.')
param name string

@description('Unique suffix for globally named resources.')
param suffix string

@description('Front Door profile the policy protects.')
param profileName string

@description('Endpoint the policy is attached to.')
param endpointName string

@description('Custom domain resource name, or empty when the site uses the endpoint host only.')
param customDomainName string

// One entry per rule: path fragment, requests per client address, window in minutes, why.
var limits = [
  {
    // One scan per person per printed code: 500 people behind one address scanning two codes a minute.
    name: 'scans'
    path: '/s/'
    threshold: 1000
    minutes: 1
  }
  {
    // A portal click follows a read page: the same crowd, the same bound.
    name: 'portallinks'
    path: '/go/'
    threshold: 1000
    minutes: 1
  }
  {
    // Rating slips: each person answers the slip stuck on their own receipt, once. The same crowd behind one address,
    // a few hundred a few times each (the form, then the answer); anything far above is guessing ids.
    name: 'slips'
    path: '/p/'
    threshold: 600
    minutes: 5
  }
  {
    // Staff printing posters load one image per code; a unit's whole catalogue is about 250 codes,
    // so two offices printing at once behind one address stay under it.
    name: 'qrimages'
    path: '/api/qr/'
    threshold: 600
    minutes: 1
  }
  {
    // One answer per visit at a counter; a whole office answering at once is a few a minute. Over
    // five minutes, 300 from one address is no crowd: the app also flags a visitor's answers past
    // five a day at one counter.
    name: 'surveyanswers'
    path: '/api/survey'
    threshold: 300
    minutes: 5
  }
]

resource profile 'Microsoft.Cdn/profiles@2024-09-01' existing = {
  name: profileName
}

resource endpoint 'Microsoft.Cdn/profiles/afdEndpoints@2024-09-01' existing = {
  parent: profile
  name: endpointName
}

resource domain 'Microsoft.Cdn/profiles/customDomains@2024-09-01' existing = if (!empty(customDomainName)) {
  parent: profile
  name: customDomainName
}

resource policy 'Microsoft.Network/FrontDoorWebApplicationFirewallPolicies@2025-03-01' = {
  // Letters and digits only.
  name: take('waf${name}${suffix}', 128)
  location: 'Global'
  sku: {
    name: 'Standard_AzureFrontDoor'
  }
  properties: {
    policySettings: {
      enabledState: 'Enabled'
      mode: 'Prevention'
    }
    customRules: {
      rules: [for (limit, i) in limits: {
        name: limit.name
        priority: 10 + i
        enabledState: 'Enabled'
        ruleType: 'RateLimitRule'
        rateLimitThreshold: limit.threshold
        rateLimitDurationInMinutes: limit.minutes
        groupBy: [
          {
            variableName: 'SocketAddr'
          }
        ]
        matchConditions: [
          {
            // Contains, not a pattern anchored at the start: it matches whether the WAF sees the
            // path or the whole URL, in any letter case (QR codes print upper-case paths).
            matchVariable: 'RequestUri'
            operator: 'Contains'
            negateCondition: false
            transforms: [
              'Lowercase'
            ]
            matchValue: [
              limit.path
            ]
          }
        ]
        action: 'Block'
      }]
    }
  }
}

resource securityPolicy 'Microsoft.Cdn/profiles/securityPolicies@2024-09-01' = {
  parent: profile
  name: 'ratelimits'
  properties: {
    parameters: {
      type: 'WebApplicationFirewall'
      wafPolicy: {
        id: policy.id
      }
      associations: [
        {
          domains: concat([
            {
              id: endpoint.id
            }
          ], empty(customDomainName) ? [] : [
            {
              id: domain.id
            }
          ])
          patternsToMatch: [
            '/*'
          ]
        }
      ]
    }
  }
}

@description('The WAF policy id.')
output policyId string = policy.id
