<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Diagnostic</name>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>The file ends too early: an object, array or string is not closed.</source>
        <translation>文件提前结束：有对象、数组或字符串未闭合。</translation>
    </message>
    <message>
        <source>Unexpected character here.</source>
        <translation>此处有意外的字符。</translation>
    </message>
    <message>
        <source>Unexpected “%1” here.</source>
        <translation>此处出现意外的“%1”。</translation>
    </message>
    <message>
        <source>“%1” is not a JSON value (did you mean true, false or null, or forget quotes?).</source>
        <translation>“%1”不是 JSON 值（是否想写 true、false 或 null，或漏了引号？）。</translation>
    </message>
    <message>
        <source>Invalid string “%1”: a control character, a bad escape or a missing closing quote.</source>
        <translation>无效字符串“%1”：含控制字符、错误的转义或缺少右引号。</translation>
    </message>
    <message>
        <source>“%1” is not a valid JSON number.</source>
        <translation>“%1”不是有效的 JSON 数字。</translation>
    </message>
    <message>
        <source>Unexpected content after the end of the design.</source>
        <translation>设计结束后出现多余内容。</translation>
    </message>
    <message>
        <source>Unexpected “%1” after the end of the design.</source>
        <translation>设计结束后出现多余的“%1”。</translation>
    </message>
    <message>
        <source>JSON syntax error (%1) at “%2”.</source>
        <translation>JSON 语法错误（%1），位于“%2”。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation>无法读取文件：%1。</translation>
    </message>
    <message>
        <source>The file is too large: %1 bytes, but designs are limited to %2 bytes.</source>
        <translation>文件过大：%1 字节，设计文件最多 %2 字节。</translation>
    </message>
    <message>
        <source>The file is empty; a design starts with { &quot;schemaVersion&quot;: 1, … }.</source>
        <translation>文件为空；设计文件以 { &quot;schemaVersion&quot;: 1, … } 开头。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (is it a design file?).</source>
        <translation>文件不是 UTF-8 文本（这是设计文件吗？）。</translation>
    </message>
    <message>
        <source>The JSON is nested more than %1 levels deep.</source>
        <translation>JSON 嵌套超过 %1 层。</translation>
    </message>
    <message>
        <source>Expected %1 here, found %2.</source>
        <translation>此处应为%1，实际为%2。</translation>
    </message>
    <message>
        <source>The required field “%1” is missing.</source>
        <translation>缺少必填字段“%1”。</translation>
    </message>
    <message>
        <source>Unknown field “%1” (misspelt? unknown fields are not allowed).</source>
        <translation>未知字段“%1”（拼写错误？不允许未知字段）。</translation>
    </message>
    <message>
        <source>Unknown element kind “%1”; the kinds are: %2.</source>
        <translation>未知的元素类型“%1”；可用类型：%2。</translation>
    </message>
    <message>
        <source>“%1” is not allowed here; use one of: %2.</source>
        <translation>此处不允许“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>“%1” is not a valid id: use letters, digits, “.”, “_” and “-”, start with a letter or digit, at most 80 characters.</source>
        <translation>“%1”不是有效的 ID：只能使用字母、数字、“.”、“_”和“-”，以字母或数字开头，最多 80 个字符。</translation>
    </message>
    <message>
        <source>The id “%1” is reserved by Spokewise; choose another one.</source>
        <translation>ID“%1”由 Spokewise 保留，请换一个。</translation>
    </message>
    <message>
        <source>This text must not be empty.</source>
        <translation>此文本不能为空。</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 prefix; write it as address/length, e.g. 10.1.0.0/16.</source>
        <translation>“%1”不是 IPv4 前缀；请写成“地址/长度”，例如 10.1.0.0/16。</translation>
    </message>
    <message>
        <source>“%1” has a prefix length outside 0–32.</source>
        <translation>“%1”的前缀长度不在 0–32 之间。</translation>
    </message>
    <message>
        <source>%1 has host bits set — did you mean %2?</source>
        <translation>%1 设置了主机位 — 是否想写 %2？</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address; write four numbers 0–255, e.g. 10.0.1.4.</source>
        <translation>“%1”不是 IPv4 地址；请写四个 0–255 的数字，例如 10.0.1.4。</translation>
    </message>
    <message>
        <source>%1 is out of range: it must be between %2 and %3.</source>
        <translation>%1 超出范围：必须介于 %2 和 %3 之间。</translation>
    </message>
    <message>
        <source>%1 is not allowed here; use one of: %2.</source>
        <translation>此处不允许 %1；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Expected exactly %1 entries here, found %2.</source>
        <translation>此处应恰好有 %1 项，实际为 %2 项。</translation>
    </message>
    <message>
        <source>Schema version %1 is not supported: this Spokewise reads versions up to %2 (was the file written by a newer Spokewise?).</source>
        <translation>不支持架构版本 %1：此版本的 Spokewise 最高只能读取版本 %2（文件是否由更新版本的 Spokewise 写入？）。</translation>
    </message>
    <message>
        <source>The id “%1” is already used at %2; ids must be unique in a design.</source>
        <translation>ID“%1”已在 %2 使用；ID 在设计中必须唯一。</translation>
    </message>
    <message>
        <source>No element of this design has the id “%1”.</source>
        <translation>此设计中没有 ID 为“%1”的元素。</translation>
    </message>
    <message>
        <source>“%1” is of the wrong kind (%3); this field needs: %2.</source>
        <translation>“%1”的类型不对（%3）；此字段需要：%2。</translation>
    </message>
    <message>
        <source>Give exactly one of “%1” and “%2”.</source>
        <translation>“%1”和“%2”必须且只能指定一个。</translation>
    </message>
    <message>
        <source>“%1” is only allowed together with “%2”.</source>
        <translation>“%1”只能与“%2”一起使用。</translation>
    </message>
    <message>
        <source>“%1” is only allowed when “%2” is %3.</source>
        <translation>仅当“%2”为 %3 时才允许“%1”。</translation>
    </message>
    <message>
        <source>“%1” is required when “%2” is given.</source>
        <translation>指定“%2”时必须提供“%1”。</translation>
    </message>
    <message>
        <source>“%1” is required when “%2” is %3.</source>
        <translation>当“%2”为 %3 时必须提供“%1”。</translation>
    </message>
    <message>
        <source>“%1” is used more than once here.</source>
        <translation>“%1”在此处重复使用。</translation>
    </message>
    <message>
        <source>Subnet prefix %1 is outside the address space of %2.</source>
        <translation>子网前缀 %1 不在 %2 的地址空间内。</translation>
    </message>
    <message>
        <source>Subnets %1 (%2) and %3 (%4) overlap.</source>
        <translation>子网 %1（%2）与 %3（%4）重叠。</translation>
    </message>
    <message>
        <source>Address spaces %1 and %2 of this virtual network overlap.</source>
        <translation>此虚拟网络的地址空间 %1 与 %2 重叠。</translation>
    </message>
    <message>
        <source>%1 overlaps %2, which Azure does not allow in a virtual network.</source>
        <translation>%1 与 %2 重叠，Azure 不允许在虚拟网络中使用该范围。</translation>
    </message>
    <message>
        <source>Subnet %1 (%2) is too small: Azure needs at least a /%3.</source>
        <translation>子网 %1（%2）太小：Azure 至少需要 /%3。</translation>
    </message>
    <message>
        <source>Subnet %1 (%2) is too small: it must be a /%3 or larger (rule %4).</source>
        <translation>子网 %1（%2）太小：必须为 /%3 或更大（规则 %4）。</translation>
    </message>
    <message>
        <source>Two subnets are named “%1”; subnet names must be unique in a virtual network.</source>
        <translation>有两个子网名为“%1”；子网名称在虚拟网络中必须唯一。</translation>
    </message>
    <message>
        <source>The %1 needs a subnet named %3 in %2.</source>
        <translation>该%1需要 %2 中有名为 %3 的子网。</translation>
    </message>
    <message>
        <source>%1 has more than one %2; a virtual network has at most one gateway of each kind.</source>
        <translation>%1 有多个%2；每个虚拟网络每种网关最多一个。</translation>
    </message>
    <message>
        <source>This peering connects %1 with itself.</source>
        <translation>此对等互连将 %1 连接到其自身。</translation>
    </message>
    <message>
        <source>%1 and %2 are peered more than once.</source>
        <translation>%1 与 %2 之间有多个对等互连。</translation>
    </message>
    <message>
        <source>%1 is not inside subnet %2 (%3).</source>
        <translation>%1 不在子网 %2（%3）内。</translation>
    </message>
    <message>
        <source>Route “%1” goes to a virtual appliance and needs a next hop IP address.</source>
        <translation>路由“%1”指向虚拟设备，需要下一跃点 IP 地址。</translation>
    </message>
    <message>
        <source>Route “%1” has next hop type %2, which takes no next hop IP address.</source>
        <translation>路由“%1”的下一跃点类型为 %2，不能指定下一跃点 IP 地址。</translation>
    </message>
    <message>
        <source>The connection policy names “%1”, which is not a connection of site %2.</source>
        <translation>连接策略指定了“%1”，但它不是站点 %2 的连接。</translation>
    </message>
    <message>
        <source>%1 connects an element with itself.</source>
        <translation>%1 将一个元素连接到其自身。</translation>
    </message>
    <message>
        <source>%1 does not belong to hub %2.</source>
        <translation>%1 不属于中心 %2。</translation>
    </message>
    <message>
        <source>Hub %2 has no route table named “%1”.</source>
        <translation>中心 %2 没有名为“%1”的路由表。</translation>
    </message>
    <message>
        <source>The price catalog has no item “%1”.</source>
        <translation>价格目录中没有项目“%1”。</translation>
    </message>
    <message>
        <source>The unit “%1” does not match the catalog item&apos;s unit “%2”.</source>
        <translation>单位“%1”与目录项目的单位“%2”不一致。</translation>
    </message>
    <message>
        <source>The currency %1 does not match the catalog&apos;s currency %2.</source>
        <translation>货币 %1 与目录的货币 %2 不一致。</translation>
    </message>
    <message>
        <source>“%1” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>“%1”不是日期；请写成 YYYY、YYYY-MM 或 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Unknown problem (code %1).</source>
        <translation>未知问题（代码 %1）。</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>位置 %1</translation>
    </message>
    <message>
        <source>element %1</source>
        <translation>元素 %1</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>Element</name>
    <message>
        <source>%1 allows gateway transit</source>
        <translation>%1 允许网关传输</translation>
    </message>
    <message>
        <source>%1 uses remote gateways</source>
        <translation>%1 使用远程网关</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>位于 %1</translation>
    </message>
    <message>
        <source>active-active</source>
        <translation>主动-主动</translation>
    </message>
    <message>
        <source>BGP ASN %1</source>
        <translation>BGP ASN %1</translation>
    </message>
    <message>
        <source>P2S pool %1</source>
        <translation>P2S 地址池 %1</translation>
    </message>
    <message>
        <source>%1 Mbps</source>
        <translation>%1 Mbps</translation>
    </message>
    <message>
        <source>no BGP</source>
        <translation>无 BGP</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>BGP</source>
        <translation>BGP</translation>
    </message>
    <message>
        <source>static</source>
        <translation>静态</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>权重 %1</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>经由 %1</translation>
    </message>
    <message>
        <source>gateway route propagation off</source>
        <translation>已关闭网关路由传播</translation>
    </message>
    <message>
        <source>branch-to-branch</source>
        <translation>分支到分支</translation>
    </message>
    <message>
        <source>S2S VPN</source>
        <translation>S2S VPN</translation>
    </message>
    <message>
        <source>ExpressRoute</source>
        <translation>ExpressRoute</translation>
    </message>
    <message>
        <source>P2S VPN</source>
        <translation>P2S VPN</translation>
    </message>
    <message>
        <source>%1 must reach %2</source>
        <translation>%1 必须可达 %2</translation>
    </message>
    <message>
        <source>%1 must not reach %2</source>
        <translation>%1 必须不可达 %2</translation>
    </message>
    <message>
        <source>%1 GB/month</source>
        <translation>%1 GB/月</translation>
    </message>
    <message>
        <source>%1 GB/month back</source>
        <translation>回程 %1 GB/月</translation>
    </message>
    <message>
        <source>virtual network</source>
        <translation>虚拟网络</translation>
    </message>
    <message>
        <source>peering</source>
        <translation>对等互连</translation>
    </message>
    <message>
        <source>VPN gateway</source>
        <translation>VPN 网关</translation>
    </message>
    <message>
        <source>ExpressRoute gateway</source>
        <translation>ExpressRoute 网关</translation>
    </message>
    <message>
        <source>ExpressRoute circuit</source>
        <translation>ExpressRoute 线路</translation>
    </message>
    <message>
        <source>on-premises site</source>
        <translation>本地站点</translation>
    </message>
    <message>
        <source>site-to-site connection</source>
        <translation>站点到站点连接</translation>
    </message>
    <message>
        <source>VNet-to-VNet connection</source>
        <translation>VNet 到 VNet 连接</translation>
    </message>
    <message>
        <source>ExpressRoute connection</source>
        <translation>ExpressRoute 连接</translation>
    </message>
    <message>
        <source>circuit-to-site link</source>
        <translation>线路到站点链路</translation>
    </message>
    <message>
        <source>Global Reach connection</source>
        <translation>Global Reach 连接</translation>
    </message>
    <message>
        <source>point-to-site client group</source>
        <translation>点到站点客户端组</translation>
    </message>
    <message>
        <source>Azure Firewall</source>
        <translation>Azure 防火墙</translation>
    </message>
    <message>
        <source>route table</source>
        <translation>路由表</translation>
    </message>
    <message>
        <source>Route Server</source>
        <translation>路由服务器</translation>
    </message>
    <message>
        <source>network virtual appliance</source>
        <translation>网络虚拟设备</translation>
    </message>
    <message>
        <source>BGP peering</source>
        <translation>BGP 对等</translation>
    </message>
    <message>
        <source>Virtual WAN</source>
        <translation>虚拟 WAN</translation>
    </message>
    <message>
        <source>virtual hub</source>
        <translation>虚拟中心</translation>
    </message>
    <message>
        <source>hub virtual network connection</source>
        <translation>中心虚拟网络连接</translation>
    </message>
    <message>
        <source>intent</source>
        <translation>意图</translation>
    </message>
    <message>
        <source>traffic flow</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>Virtual networks</source>
        <translation>虚拟网络</translation>
    </message>
    <message>
        <source>Peerings</source>
        <translation>对等互连</translation>
    </message>
    <message>
        <source>VPN gateways</source>
        <translation>VPN 网关</translation>
    </message>
    <message>
        <source>ExpressRoute gateways</source>
        <translation>ExpressRoute 网关</translation>
    </message>
    <message>
        <source>ExpressRoute circuits</source>
        <translation>ExpressRoute 线路</translation>
    </message>
    <message>
        <source>On-premises sites</source>
        <translation>本地站点</translation>
    </message>
    <message>
        <source>Site-to-site connections</source>
        <translation>站点到站点连接</translation>
    </message>
    <message>
        <source>VNet-to-VNet connections</source>
        <translation>VNet 到 VNet 连接</translation>
    </message>
    <message>
        <source>ExpressRoute connections</source>
        <translation>ExpressRoute 连接</translation>
    </message>
    <message>
        <source>Circuit-to-site links</source>
        <translation>线路到站点链路</translation>
    </message>
    <message>
        <source>Global Reach connections</source>
        <translation>Global Reach 连接</translation>
    </message>
    <message>
        <source>Point-to-site client groups</source>
        <translation>点到站点客户端组</translation>
    </message>
    <message>
        <source>Azure Firewalls</source>
        <translation>Azure 防火墙</translation>
    </message>
    <message>
        <source>Route tables</source>
        <translation>路由表</translation>
    </message>
    <message>
        <source>Route Servers</source>
        <translation>路由服务器</translation>
    </message>
    <message>
        <source>Network virtual appliances</source>
        <translation>网络虚拟设备</translation>
    </message>
    <message>
        <source>BGP peerings</source>
        <translation>BGP 对等</translation>
    </message>
    <message>
        <source>Virtual WANs</source>
        <translation>虚拟 WAN</translation>
    </message>
    <message>
        <source>Virtual hubs</source>
        <translation>虚拟中心</translation>
    </message>
    <message>
        <source>Hub virtual network connections</source>
        <translation>中心虚拟网络连接</translation>
    </message>
    <message>
        <source>Intents</source>
        <translation>意图</translation>
    </message>
    <message>
        <source>Traffic flows</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>route table %1</source>
        <translation>路由表 %1</translation>
    </message>
    <message>
        <source>Windows clients</source>
        <translation>Windows 客户端</translation>
    </message>
    <message>
        <source>other clients</source>
        <translation>其他客户端</translation>
    </message>
    <message>
        <source>1 subnet</source>
        <translation>1 个子网</translation>
    </message>
    <message>
        <source>%1 subnets</source>
        <translation>%1 个子网</translation>
    </message>
    <message>
        <source>1 scale unit</source>
        <translation>1 个缩放单元</translation>
    </message>
    <message>
        <source>%1 scale units</source>
        <translation>%1 个缩放单元</translation>
    </message>
    <message>
        <source>1 user</source>
        <translation>1 个用户</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 个用户</translation>
    </message>
    <message>
        <source>1 rule</source>
        <translation>1 条规则</translation>
    </message>
    <message>
        <source>%1 rules</source>
        <translation>%1 条规则</translation>
    </message>
    <message>
        <source>1 route</source>
        <translation>1 条路由</translation>
    </message>
    <message>
        <source>%1 routes</source>
        <translation>%1 条路由</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Designer for Azure hybrid networks.</source>
        <translation>Azure 混合网络设计器。</translation>
    </message>
    <message>
        <source>The design file to open (default: the bundled example).</source>
        <translation>要打开的设计文件（默认：自带的示例）。</translation>
    </message>
</context>
<context>
    <name>spokewise::designer::MainWindow</name>
    <message>
        <source>Findings</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Spokewise</source>
        <translation>关于 Spokewise(&amp;A)</translation>
    </message>
    <message>
        <source>The design could not be read.</source>
        <translation>无法读取该设计。</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <source>Cannot Open Design</source>
        <translation>无法打开设计</translation>
    </message>
    <message>
        <source>Spokewise cannot open %1.</source>
        <translation>Spokewise 无法打开 %1。</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>打开设计</translation>
    </message>
    <message>
        <source>Spokewise designs (*.spokewise.json *.json);;All files (*)</source>
        <translation>Spokewise 设计 (*.spokewise.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>About Spokewise</source>
        <translation>关于 Spokewise</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Spokewise %1&lt;/h3&gt;&lt;p&gt;Designs Azure hybrid networks: hub and spoke, VPN, ExpressRoute, Azure Firewall, Route Server and Virtual WAN, with a routing model and cost estimates. Fully offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Spokewise %1&lt;/h3&gt;&lt;p&gt;设计 Azure 混合网络：中心辐射型、VPN、ExpressRoute、Azure 防火墙、路由服务器和虚拟 WAN，附带路由模型和成本估算。完全离线运行。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Spokewise</source>
        <translation>Spokewise</translation>
    </message>
    <message>
        <source>No design open. Use File &gt; Open… to open one.</source>
        <translation>未打开设计。请使用“文件 &gt; 打开…”打开设计。</translation>
    </message>
    <message>
        <source>%1 — %2 — Spokewise</source>
        <translation>%1 — %2 — Spokewise</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… 另有 %1 个。</translation>
    </message>
    <message>
        <source>Elements: %1</source>
        <translation>元素：%1</translation>
    </message>
    <message>
        <source>findings: %1</source>
        <translation>问题：%1</translation>
    </message>
</context>
<context>
    <name>spokewise::views::DiagnosticsView</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
</context>
<context>
    <name>spokewise::views::ElementTree</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
</TS>
